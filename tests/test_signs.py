"""The editorial signs, defined once (teikit.signs), per element and view."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit.signs import OMISSION, Sign, View, gap_description, page_sign, sign_for

NS = 'xmlns="http://www.tei-c.org/ns/1.0"'
D, R = View.DIPLOMATIC, View.READING


def el(xml, path=None):
    root = etree.fromstring(f"<p {NS}>{xml}</p>")
    return root[0] if path is None else root.find(path)


def test_sic():
    assert sign_for(el("<sic>teh</sic>"), D) == Sign(after=" [sic]")
    assert sign_for(el("<sic>teh</sic>"), R) == Sign()


def test_choice_diplomatic_prints_the_correction_inside_the_sign():
    sic = el("<choice><sic>teh</sic><corr>the</corr></choice>", "{*}choice/{*}sic")
    corr = sic.getnext()
    assert sign_for(sic, D) == Sign(after=" [sic: ")
    assert sign_for(corr, D) == Sign(after="]")
    assert sign_for(sic, R) == Sign(show_content=False)
    assert sign_for(corr, R) == Sign()


def test_choice_regularisation_and_expansion():
    orig = el("<choice><orig>colour</orig><reg>color</reg></choice>", "{*}choice/{*}orig")
    assert sign_for(orig, D).show_content and not sign_for(orig.getnext(), D).show_content
    assert not sign_for(orig, R).show_content and sign_for(orig.getnext(), R).show_content


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
    for xml in ("<hi>x</hi>", "<persName>x</persName>", "<corr>x</corr>"):
        assert sign_for(el(xml), D) == Sign()

"""The private marks (U+FDD0..U+FDEF) that carry inline forms from a format's reader to the
text readers: each form has marks of its own. Ruby's pair was once also the milestone's,
and a reading with a space was read as a milestone the schema refused (exit 70)."""
from lxml import etree

from teikit.encode import encode_text
from teikit.formats import marks

TEI = {"t": "http://www.tei-c.org/ns/1.0"}


def test_no_two_forms_share_a_mark():
    pairs = [pair for pair in marks.HI.values() if pair != marks.HI["damaged"]]
    used = [c for pair in pairs for c in pair]
    used += [marks.REF_OPEN, marks.REF_TEXT, marks.REF_CLOSE, marks.CAESURA,
             marks.MILESTONE_OPEN, marks.CUE_OPEN, marks.CUE_CLOSE]
    assert len(used) == len(set(used))


def test_ruby_reading_with_a_space_is_a_reading():
    page = ("<html><head><title>Ruby</title></head><body><p>Text <ruby>漢字<rt>かん じ</rt>"
            "</ruby> here and more words of the paragraph.</p></body></html>")
    root = etree.fromstring(encode_text(page, name="ruby.html").data)
    (p,) = root.xpath("//t:body//t:p", namespaces=TEI)
    assert "".join(p.itertext()) == "Text 漢字かん じ here and more words of the paragraph."
    assert [h.text for h in p.xpath("t:hi[@rend='ruby']", namespaces=TEI)] == ["かん じ"]
    assert not root.xpath("//t:milestone", namespaces=TEI)

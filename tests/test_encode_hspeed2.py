"""The numbering and the notes in the HTML writer's C walk (teikit/writers/_htmlwalk.c:
Walker.note, Walker.endnote, the paragraph numbers and glued_before) against their
specification, the Python rules (Body.note, Body.endnote, Document.paragraph_id,
document.glued_before): the same bytes for notes of every placement, labels and ids that
an attribute escapes, prefixes, notes inside notes, separators after text, comments and
breaks, on exact pages and on masters hypothesis makes."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_export_hspeed import both

from teikit.signs import View
from teikit.writers import htmlout, htmlrules
from teikit.writers.htmlbody import render_fragment

compiled = htmlrules._Walker
needs_compiled = pytest.mark.skipif(compiled is None, reason="teikit.writers._htmlwalk "
                                    "not built (no C compiler at install)")
EXAMPLES = int(os.environ.get("TEIKIT_EXAMPLES", "300"))
TEI = "http://www.tei-c.org/ns/1.0"



def page(tei: str, view: View = View.DIPLOMATIC, prefix: str = "") -> str:
    return render_fragment(etree.fromstring(tei), view, prefix=prefix).decode("utf-8")


def body(inner: str) -> str:
    return f'<TEI xmlns="{TEI}"><text><body><div>{inner}</div></body></text></TEI>'


def test_a_numbered_note_and_its_note_at_the_end_exactly(monkeypatch):
    """A note with a label an attribute escapes, a note inside it, a paragraph inside it
    (not numbered: it is in a note), and a note standing between blocks (not numbered,
    after a separator: the paragraph before it ends without a tail)."""
    tei = body('<p>a<note n="1&quot;&lt;" xml:id="n1">b <note>c</note><p>d</p></note>e</p>'
               '<note>f</note>')
    expected = (
        '<p class="p" id="p:1"><a class="pn gen" href="#p:1">1</a>a'
        '<a class="fn-ref gen" id="fnref:1" href="#n1" role="doc-noteref"><sup>1"&lt;</sup>'
        '</a><span class="fn-print" aria-hidden="true" data-label="1&quot;&lt;">'
        '<span class="fn-print-label gen">1"&lt;</span> b <sup class="gen">2</sup>'
        '<span class="p">d</span></span>e</p>\n <p class="note">f</p>\n</section>\n</div>\n'
        '<section class="notes" role="doc-endnotes">\n'
        '<h2 class="notes-head gen">Notes</h2>\n<ol class="notes">\n'
        '<li class="note" id="n1" role="doc-endnote"><a class="fn-back gen" '
        'href="#fnref:1" role="doc-backlink">1"&lt;</a> <div class="note-body">b '
        '<a class="fn-ref gen" id="fnref:2" href="#fn:2" role="doc-noteref"><sup>2</sup>'
        '</a><span class="fn-print" aria-hidden="true" data-label="2">'
        '<span class="fn-print-label gen">2</span> c</span><p class="p">d</p>\n</div>'
        '</li>\n<li class="note" id="fn:2" role="doc-endnote"><a class="fn-back gen" '
        'href="#fnref:2" role="doc-backlink">2</a> <div class="note-body">c</div></li>\n'
        '</ol>\n</section>\n')
    fast, slow = both(monkeypatch, lambda: page(tei))
    assert fast == slow
    assert expected in fast


@needs_compiled
@pytest.mark.parametrize("note", [
    '<note place="foot">x</note>', '<note place=" inline ">x</note>',
    '<note rend="inline">x</note>', '<note place="margin">x</note>',
    '<note type="speaker">x</note>', '<note n="">x</note>', '<note n=" 7 ">x</note>'])
def test_notes_of_every_placement_alike(note, monkeypatch):
    """Notes the C rule hands to Python (a place or a rendition) and those it writes."""
    for inner in (f"<p>a{note}b</p>", f"<p>a {note}</p>", note, f"<list>{note}</list>",
                  f"<p><hi>a</hi>{note}</p>"):
        fast, slow = both(monkeypatch, lambda inner=inner: page(body(inner)))
        assert fast == slow, inner


@needs_compiled
def test_separators_after_text_comments_and_breaks_alike(monkeypatch):
    """glued_before in C: an item, label, cell or note after a word, a space, a comment
    (a child whose tag is not a string), a page break (no token) and at the start."""
    for before in ("word", "word ", "<!-- c -->", "w<!-- c -->", "<lb/>", "<pb n='2'/>",
                   "<hi>h</hi>", "<hi>h</hi> ", "", "w\u00a0", "w\u2003"):
        for el in ("<label>l</label>", "<item>i</item>", "<note>n</note>",
                   "<cell>c</cell>", "<roleDesc>r</roleDesc>", '<note place="end">n</note>'):
            tei = body(f"<p>{before}{el}z</p>")
            fast, slow = both(monkeypatch, lambda tei=tei: page(tei))
            assert fast == slow, (before, el)


@needs_compiled
def test_paragraph_numbers_in_documents_and_notes_alike(monkeypatch):
    tei = body('<div type="document" xml:id="d1"><p>a<note>b<p>c</p></note></p><p>d</p>'
               '</div><div type="document"><p>e</p><p xml:id="x">f</p><p>g</p></div>')
    for prefix in ("", "v-", 'q"&<\n'):
        for view in View:
            fast, slow = both(monkeypatch, lambda v=view, x=prefix: page(tei, v, x))
            assert fast == slow
    assert '<p class="p" id="q&quot;&amp;&lt;&#10;s:3:p:3">' in fast


@needs_compiled
def test_the_walker_refuses_note_rules_it_was_not_given():
    assert compiled is not None
    walker = compiled([], {}, {}, lambda el, where: None, {}, None, {}, None,
                      htmlout.escape_text, "{x}hi", "id", "lang", 2)
    with pytest.raises(TypeError):
        walker.note(etree.Element("note"), 0)        # note_rules not called
    with pytest.raises(TypeError):
        walker.endnote(None)                         # endnote_rules not called
    with pytest.raises(TypeError):
        walker.numbering(None, set(), frozenset(), "note")   # not frozensets


@needs_compiled
def test_a_template_of_the_wrong_shape_is_refused():
    from teikit.writers.document import BLOCK_PARENTS, NO_TOKEN, Document
    assert compiled is not None
    root = etree.fromstring(body("<p>a<note>b</note></p>"))
    doc = Document(root)
    walker = compiled([], {}, {}, lambda el, where: None, {}, None, {}, None,
                      htmlout.escape_text, "{x}hi", "id", "lang", 2)
    walker.numbering(doc, frozenset(BLOCK_PARENTS), frozenset(NO_TOKEN), f"{{{TEI}}}note")
    walker.flat_rules(frozenset(), lambda el: None, {}, lambda tag, rend: "<span>")
    walker.note_rules(lambda el, where: None, doc.number_note, lambda: ["a", "b"],
                      htmlout.escape_attribute)
    with pytest.raises(TypeError, match="template"):
        walker.note(root.find(f".//{{{TEI}}}note"), 2)
    walker.endnote_rules(lambda: ("a", 1, "c", "d"), 1)
    with pytest.raises(TypeError, match="template"):
        walker.endnote(doc.number_note(root.find(f".//{{{TEI}}}note")))


TEXTS = st.sampled_from(["", "a", "word ", " & ", "<x>", "é", "  ", "\n", "\u00a0"])
NOTE_ATTRS = st.sampled_from(["", ' n="3"', ' n="a&amp;&quot;"', ' xml:id="n1"',
                              ' xml:id="n2"', ' place="foot"', ' place="inline"',
                              ' rend="inline"', ' type="x"', ' xml:lang="fr"'])
PIECES = st.sampled_from(["persName", "hi", "label", "item", "cell", "lb", "pb", "ref",
                          "term", "note"])


def content(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return TEXTS

    def note(parts) -> str:
        attrs, inner = parts
        return f"<note{attrs}>{inner}</note>"

    def element(parts) -> str:
        tag, inner = parts
        return f"<{tag}>{inner}</{tag}>" if tag != "ref" else \
            f'<ref target="#n1">{inner}</ref>'

    inner = content(depth - 1)
    piece = st.one_of(TEXTS, st.tuples(NOTE_ATTRS, inner).map(note),
                      st.tuples(PIECES, inner).map(element), st.just("<!-- c -->"),
                      st.just("<p>in</p>"))
    return st.lists(piece, max_size=5).map("".join)


@needs_compiled
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(paragraphs=st.lists(content(3), min_size=1, max_size=3),
       document=st.booleans(), prefix=st.sampled_from(["", "v-", 'a"<']),
       view=st.sampled_from(list(View)))
def test_the_same_page_with_notes_hypothesis_makes(paragraphs, document, prefix, view,
                                                   monkeypatch):
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    if document:
        inner = f'<div type="document">{inner}</div><div type="document"><p>z</p></div>'
    tei = body(inner)
    fast, slow = both(monkeypatch, lambda: page(tei, view, prefix))
    assert fast == slow

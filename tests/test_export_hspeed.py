"""The HTML writer's walk in C (teikit/writers/_htmlwalk.c) against its specification, the
Python walk (TextRules.children and p, Body.flat_children, and the pieces joined and
encoded by htmlout.encoded): the same bytes for every page, on real masters (both views)
and on masters that hypothesis makes of paragraphs, plain spans, highlighting, notes,
links, page breaks, comments and text with markup characters, ids and languages; and
exact HTML for a paragraph of each kind the C walk hands back to Python."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit.export import export, load_master
from teikit.signs import View
from teikit.writers import htmlout, htmlrules
from teikit.writers.htmlbody import render_fragment

from conftest import ROOT, shared_path

compiled = htmlrules._Walker
needs_compiled = pytest.mark.skipif(compiled is None, reason="teikit.writers._htmlwalk "
                                    "not built (no C compiler at install)")
EXAMPLES = int(os.environ.get("TEIKIT_EXAMPLES", "300"))
TEI = "http://www.tei-c.org/ns/1.0"


def test_the_compiled_walk_is_built_in_ci():
    """`pip install` builds it wherever a C compiler is found (CI has one): a build that
    silently lost it would leave every test here skipped."""
    if os.environ.get("TEIKIT_CI"):
        assert compiled is not None
        assert htmlout._utf8_join is not None


def python_only(monkeypatch) -> None:
    monkeypatch.setattr(htmlrules, "_Walker", None)
    monkeypatch.setattr(htmlout, "_utf8_join", None)


def both(monkeypatch, make):
    """What *make* returns with the C walk and with the Python one (an exception's kind
    and message alike)."""
    def run():
        try:
            return make()
        except Exception as exc:            # the same refusal on both paths
            return f"{type(exc).__name__}: {exc}"
    fast = run()
    with monkeypatch.context() as m:
        python_only(m)
        slow = run()
    return fast, slow


def fixture_masters() -> list[Path]:
    found = sorted((ROOT / "tests" / "golden").rglob("*.xml"))
    found += sorted((ROOT / "tests" / "fixtures" / "tei").rglob("*.xml"))
    found += sorted((ROOT / "tests" / "fixtures" / "export").rglob("*.xml"))
    found += sorted((ROOT / "editions" / "sample" / "tei").glob("*.xml"))
    return found


@needs_compiled
@pytest.mark.parametrize("view", list(View))
def test_the_same_bytes_on_the_test_masters(view, monkeypatch):
    pages = 0
    for path in fixture_masters():
        try:
            load_master(path)
        except Exception:          # a fixture that is not a master (refused on purpose)
            continue
        fast, slow = both(monkeypatch, lambda path=path: export("html", path, view)[0])
        assert fast == slow, path
        pages += isinstance(fast, bytes)
    assert pages >= 15


@needs_compiled
@pytest.mark.shared
@pytest.mark.parametrize("view", list(View))
def test_the_same_bytes_on_the_frus_volume_and_the_corpus_tei(view, monkeypatch):
    volume = shared_path("corpus", "volumes", "frus1977-80v01.xml")
    for path in [volume, *sorted(shared_path("corpus").rglob("*.xml"))]:
        fast, slow = both(monkeypatch, lambda path=path: export("html", path, view)[0])
        assert fast == slow, path


def page(tei: str, view: View = View.DIPLOMATIC) -> str:
    return render_fragment(etree.fromstring(tei), view).decode("utf-8")


def body(inner: str) -> str:
    return f'<TEI xmlns="{TEI}"><text><body><div>{inner}</div></body></text></TEI>'


def test_a_paragraph_of_each_kind_exactly(monkeypatch):
    """The usual paragraph (numbered, written by the C walk), and those it hands to the
    Python rule: one with an attribute, one holding a list (a div), one in a note; plain
    spans, a <hi> by its rendition, a span with an id (its rule), markup characters."""
    tei = body('<p>A &amp; <persName>B &lt;C&gt;</persName> <hi rend="italic">d</hi>'
               '<hi>e</hi></p><p rend="x y">F</p><p>G<list><item>h</item></list></p>'
               '<p>I<note>j <persName xml:id="pj">k</persName></note><!-- c -->l</p>'
               '<p xml:lang="fr">m <placeName xml:lang="de">n</placeName></p>')
    expected = (
        '<div class="tei-text">\n<div class="text"><div class="body">'
        '<section class="div div-">\n'
        '<p class="p" id="p:1"><a class="pn gen" href="#p:1">1</a>A &amp; '
        '<span class="persName">B &lt;C&gt;</span> <i class="hi">d</i>'
        '<span class="hi">e</span></p>\n'
        '<p class="p rend-x-y" id="p:2"><a class="pn gen" href="#p:2">2</a>F</p>\n'
        '<div class="p" id="p:3"><a class="pn gen" href="#p:3">3</a>G'
        '<div class="list-block"><ul class="list list-"><li class="">h</li>\n'
        '</ul></div></div>\n'
        '<p class="p" id="p:4"><a class="pn gen" href="#p:4">4</a>I'
        '<a class="fn-ref gen" id="fnref:1" href="#fn:1" role="doc-noteref"><sup>1</sup>'
        '</a><span class="fn-print" aria-hidden="true" data-label="1">'
        '<span class="fn-print-label gen">1</span> j <span class="persName">k</span>'
        '</span>l</p>\n'
        '<p class="p" id="p:5" lang="fr"><a class="pn gen" href="#p:5">5</a>m '
        '<span class="placeName" lang="de">n</span></p>\n'
        '</section>\n</div>\n'
        '<section class="notes" role="doc-endnotes">\n'
        '<h2 class="notes-head gen">Notes</h2>\n<ol class="notes">\n'
        '<li class="note" id="fn:1" role="doc-endnote"><a class="fn-back gen" '
        'href="#fnref:1" role="doc-backlink">1</a> <div class="note-body">j '
        '<span class="persName" id="pj">k</span></div></li>\n</ol>\n</section>\n'
        '</div>\n</div>\n')
    fast, slow = both(monkeypatch, lambda: page(tei))
    assert fast == slow == expected


def test_links_to_ids_on_the_page_are_settled_at_the_end(monkeypatch):
    tei = body('<p><ref target=" #pg_2 ">see</ref> <ref target="#nowhere">x</ref> '
               '<ref target="#pg_2" xml:lang="en">y</ref><pb n="2" xml:id="pg_2"/></p>')
    expected_p = (
        '<p class="p" id="p:1"><a class="pn gen" href="#p:1">1</a>'
        '<a class="ref" href="#pg_2">see</a> <span class="ref">x</span> '
        '<a class="ref" lang="en" href="#pg_2">y</a>'
        '<span class="pb gen" id="pg_2" title="Page 2">p. 2</span></p>\n')
    fast, slow = both(monkeypatch, lambda: page(tei))
    assert fast == slow
    assert expected_p in fast


def test_a_master_nested_too_deep_for_the_stack_is_refused_alike(monkeypatch):
    """A tree made in memory (the safe parser refuses files deeper than 256 levels) of
    5,000 spans inside each other: Python's recursion limit on both paths."""
    root = etree.fromstring(body("<p/>"))
    el = root.find(f".//{{{TEI}}}p")
    for _ in range(5000):
        el = etree.SubElement(el, f"{{{TEI}}}persName")
    el.text = "deep"
    fast, slow = both(monkeypatch, lambda: render_fragment(root, View.DIPLOMATIC))
    assert fast.startswith("RecursionError") and slow.startswith("RecursionError")


@needs_compiled
def test_the_walker_refuses_what_it_was_not_made_for():
    assert compiled is not None
    with pytest.raises(TypeError):
        compiled.__new__(compiled).children(etree.Element("p"), 0)
    out: list[str] = []
    walker = compiled(out, {}, {"{x}b": ("<b>",)}, lambda el, where: None, {}, None, {},
                      None, htmlout.escape_text, "{x}hi", "id", "lang", 2)
    with pytest.raises(TypeError, match="pair of strings"):
        walker.children(etree.fromstring('<a><b xmlns="x">t</b></a>'), 0)
    with pytest.raises(TypeError):
        walker.flat_children(etree.Element("p"))      # flat_rules not called
    with pytest.raises(TypeError):
        walker.paragraph(etree.Element("p"), 0)       # paragraph_rules not called
    with pytest.raises(TypeError):
        compiled([], {}, {}, None, {}, None, {}, None, None, "hi", "id", "lang", 2, x=1)


# UTF-8 of the pieces, straight from them: the same bytes as Python's join and encode
PIECES = st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12)
                  | st.sampled_from(["", "a", "é", "ÿ", "’", "\u07ff", "\u0800", "\uffff",
                                     "\U00010000", "\U0010ffff", "<p>"]), max_size=40)


@needs_compiled
@settings(max_examples=EXAMPLES * 4, deadline=None)
@given(PIECES)
def test_the_pieces_are_encoded_as_python_encodes_them(pieces):
    assert htmlout._utf8_join is not None
    assert htmlout._utf8_join(pieces) == "".join(pieces).encode("utf-8")
    assert b"".join(htmlout.encoded(pieces)) == "".join(pieces).encode("utf-8")


@needs_compiled
def test_what_the_c_encoder_declines_python_does():
    join = htmlout._utf8_join
    assert join is not None
    assert join(["a", "\ud800"]) is None               # a lone surrogate: Python's error
    assert join(("a", "b")) is None                     # not a list
    assert join(["a", b"b"]) is None                    # not a str
    with pytest.raises(UnicodeEncodeError):
        htmlout.encoded(["a", "\udfff"])


# Masters made of the shapes the C walk handles and those it hands back: plain spans,
# <hi> of any rendition, notes (numbered: a marker and a print copy), links, page and line
# breaks, comments and processing instructions, ids, languages and markup characters.
TEXTS = st.sampled_from(["", "a", "word ", " & ", "<x>", "’s", "é", "  ", "\n", "1 > 0"])
ATTRS = st.sampled_from(["", ' rend="italic"', ' rend="sup bold"', ' rend="odd one"',
                         ' xml:id="i1"', ' xml:id="i2"', ' xml:lang="fr"', ' n="3"',
                         ' target="#i1"', ' target="#i2"', ' target="https://e.org/"',
                         ' place="foot"', ' type="x"'])
INLINE = st.sampled_from(["persName", "hi", "gloss", "term", "title", "emph", "date", "ref",
                          "note", "foreign", "placeName", "seg", "unclear", "sic", "lb",
                          "pb", "q", "label", "item"])


def inline_content(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return TEXTS

    def element(parts) -> str:
        tag, attrs, inner = parts
        return f"<{tag}{attrs}>{inner}</{tag}>"

    child = st.tuples(INLINE, ATTRS, inline_content(depth - 1)).map(element)
    piece = st.one_of(TEXTS, child, st.just("<!-- c -->"), st.just("<?pi x?>"))
    return st.lists(piece, max_size=5).map("".join)


PARAGRAPHS = st.lists(st.tuples(st.sampled_from(["p", "ab", "head", "p"]), ATTRS,
                                inline_content(3)), min_size=1, max_size=4)


@needs_compiled
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(paragraphs=PARAGRAPHS, view=st.sampled_from(list(View)))
def test_the_same_page_on_masters_hypothesis_makes(paragraphs, view, monkeypatch):
    inner = "".join(f"<{tag}{attrs}>{content}</{tag}>" for tag, attrs, content in paragraphs)
    tei = body(inner)
    fast, slow = both(monkeypatch, lambda: page(tei, view))
    assert fast == slow


def test_paragraph_ids_with_a_prefix_and_documents_alike(monkeypatch):
    """Paragraph ids of a page that holds several documents, with a prefix (the print
    volume's) that an attribute must escape: the C walk leaves those ids to Python."""
    tei = body('<div type="document" xml:id="d1"><p>a</p></div>'
               '<div type="document"><p>b<note place="foot">c</note></p></div>')
    for prefix in ("", "v1-", 'a"&<\t'):
        fast, slow = both(monkeypatch, lambda prefix=prefix: render_fragment(
            etree.fromstring(tei), View.READING, prefix=prefix).decode("utf-8"))
        assert fast == slow
    assert '<p class="p" id="a&quot;&amp;&lt;&#9;d1:p:1"><a class="pn gen" ' \
        'href="#a&quot;&amp;&lt;&#9;d1:p:1">1</a>a</p>' in fast

"""No attribute of a master steers a writer (issue 10, items 1, 7, 12, 14): the writers keep
no private state in the master's tree, and the HTML guard checks the output itself: no
script, style, iframe, base, form, object or embed from a master, no on* attribute, only
http(s), mailto and #anchor links, every id unique and the writer's own unforgeable. A
hypothesis property test generates masters with arbitrary attributes in any namespace,
including urn:teikit:writer, and checks that the page has no live content and keeps every
word."""
from __future__ import annotations

import os
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from teikit.diagnostics import TeikitError
from teikit.export import export, load_master
from teikit.signs import View
from teikit.writers.document import Document
from teikit.writers.htmlbody import Body

from exportwords import (
    difference,
    html_words,
    master_words,
    master_words_for_text,
    note_labels,
    text_words,
)

EXAMPLES = int(os.environ.get("TEIKIT_EXAMPLES", "150"))      # as test_encode_properties
TEI_NS = "http://www.tei-c.org/ns/1.0"
TK = "urn:teikit:writer"
LIVE = ("script", "style", "iframe", "base", "form", "object", "embed", "link", "img",
        "frame", "frameset", "meta", "svg", "audio", "video", "source", "template")
ALLOWED_HREF = re.compile(r"^(https?://|mailto:|#)", re.I)


def master(body: str, extra_ns: str = "") -> str:
    return (f'<TEI xmlns="{TEI_NS}" xmlns:tk="{TK}"{extra_ns}><teiHeader><fileDesc><titleStmt>'
            "<title>T</title></titleStmt></fileDesc></teiHeader>"
            f"<text><body>{body}</body></text></TEI>")


def write(tmp_path, xml: str, name: str = "m.xml"):
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return path


def check_no_live_content(data: bytes, own_files: tuple = ()) -> None:
    """The output guard, checked again on the parsed page (*own_files*: links to files
    teikit wrote beside the page)."""
    doc = lxml_html.document_fromstring(data)
    body = doc.find("body")
    for tag in LIVE:
        assert not body.xpath(f"//body//{tag}"), f"<{tag}> in the page body"
    assert len(doc.xpath("//style")) == 1 and doc.xpath("//head/style")   # the writer's own
    assert not doc.xpath("//script | //iframe | //base | //form | //object | //embed")
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name in el.attrib:
            assert not name.lower().startswith("on"), (el.tag, name)
            assert name.lower() not in ("style", "src", "srcdoc", "action", "formaction")
    for href in doc.xpath("//@href"):
        assert ALLOWED_HREF.match(href) or href in own_files, href
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids)), "an id twice on the page"
    for href in doc.xpath("//@href[starts-with(., '#')]"):
        assert href[1:] in ids, f"a link to no anchor: {href}"


# ----------------------------------------------------------------- the tk: hole (item 1)

TK_ATTACK = master(
    '<p><ref tk:href="javascript:alert(1)" target="#nowhere">click me</ref></p>'
    '<ab tk:tag="script">alert(2)</ab><ab tk:tag="style">body{display:none}</ab>'
    '<ab tk:tag="iframe">framed</ab><ab tk:tag="base">based</ab><ab tk:tag="form">formed</ab>'
    '<p tk:tag="not a name">badly named</p>'
    '<p><hi tk:hide="content">hidden words</hi> and <sic tk:before="x" tk:hide="content">'
    "teh</sic> <seg tk:before=\"&lt;b&gt;\">seg</seg></p>"
    '<p tk:pn="99" tk:id="x&quot; onclick=&quot;y">numbered</p>'
    '<p>marker<note tk:seq="1" tk:label="L" tk:id="javascript:x" tk:ref="y">note text</note></p>')


@pytest.mark.parametrize("view", ["diplomatic", "reading"])
def test_a_masters_writer_attributes_steer_nothing(tmp_path, view):
    path = write(tmp_path, TK_ATTACK)
    page, _ = export("html", path, view)
    check_no_live_content(page)
    main = lxml_html.document_fromstring(page).find(".//main").text_content()
    for words in ("click me", "alert(2)", "body{display:none}", "framed", "based", "formed",
                  "badly named", "hidden words", "seg", "numbered", "note text"):
        assert words in main, words
    assert b"javascript" not in page and b"onclick" not in page
    text, _ = export("text", path, view)
    for words in ("click me", "alert(2)", "hidden words", "badly named", "note text"):
        assert words.encode() in text, words
    root = load_master(path).root
    assert not difference(master_words(root, view), html_words(page))
    assert not difference(master_words_for_text(root, view),
                          text_words(text, note_labels(root)))


def test_the_writers_leave_the_master_as_it_was(tmp_path):
    path = write(tmp_path, TK_ATTACK)
    root = load_master(path).root
    before = etree.tostring(root)
    for fmt in ("html", "text"):
        from teikit.writers import WRITERS
        WRITERS[fmt].render(root, View.DIPLOMATIC, width=72, name="m.xml")
    assert etree.tostring(root) == before


@pytest.mark.parametrize("tag", ["script", "style", "iframe", "base", "form", "object",
                                 "embed", "img", "h"])
def test_the_guard_refuses_live_elements(tag):
    body = Body(Document(etree.fromstring(master("<p/>"))), View.DIPLOMATIC, 2)
    with pytest.raises(TeikitError):
        body.start(tag, {})


@pytest.mark.parametrize("name,value", [("onclick", "x"), ("onload", "x"), ("style", "x"),
                                        ("href", "javascript:alert(1)"),
                                        ("href", " https://x"), ("href", "data:text/html,x"),
                                        ("src", "https://x")])
def test_the_guard_refuses_live_attributes(name, value):
    body = Body(Document(etree.fromstring(master("<p/>"))), View.DIPLOMATIC, 2)
    with pytest.raises(TeikitError):
        body.start("span", {name: value})


# ----------------------------------------------------------------- ids (item 12)

def test_every_id_is_unique_and_the_writers_own_unforgeable(tmp_path):
    path = write(tmp_path, master(
        '<div type="document" xml:id="d1"><head>H</head>'
        '<p xml:id="fn:1">forged note id</p><p xml:id="fnref:1">forged marker id</p>'
        '<p xml:id="p:2">forged paragraph id</p><p xml:id="notes:1">x</p>'
        '<p>Text<note n="1">the real note</note> <ref target="#fn:1">to forged</ref></p>'
        '<p xml:id="twice">one</p><p xml:id="twice">two</p><p xml:id="a b">spaced</p>'
        "</div>"))
    page, _ = export("html", path)
    check_no_live_content(page)
    doc = lxml_html.document_fromstring(page)
    marker = doc.find_class("fn-ref")[0]
    note = doc.get_element_by_id(marker.get("href")[1:])
    assert note.tag == "li" and "the real note" in note.text_content()
    assert ":" in marker.get("href")
    assert doc.xpath("//@id").count("twice") == 1
    # a master id with a colon is no NCName: it is not kept, and no link points to it
    assert not doc.xpath("//a[@href='#fn:1' and not(contains(@class, 'fn-ref'))]")


# ----------------------------------------------------------------- headings (item 14)

def test_headings_deeper_than_six_stay_html(tmp_path):
    nested = "".join(f"<div><head>Level {k}</head>" for k in range(1, 10))
    path = write(tmp_path, master(nested + "<p>deep</p>" + "</div>" * 9))
    page, _ = export("html", path)
    doc = lxml_html.document_fromstring(page)
    assert not doc.xpath("//h | //h0 | //h7 | //h8"), "a heading that HTML does not have"
    deep = [h for h in doc.iter("h6") if "Level" in h.text_content()]
    assert [h.get("aria-level") for h in deep] == [None, "7", "8", "9", "10"]


# ----------------------------------------------------------------- teiCorpus (item 7)

ONE = ('<TEI><teiHeader><fileDesc><titleStmt><title>{0}</title></titleStmt></fileDesc>'
       '</teiHeader><text><body><p>Words of {0}.<note n="1">Note of {0}.</note></p></body>'
       "</text></TEI>")
HEADER = ("<teiHeader><fileDesc><titleStmt><title>C</title></titleStmt></fileDesc>"
          "</teiHeader>")


def corpus(parts: list[str], depth: int = 1) -> str:
    inner = "".join(parts)
    for _ in range(depth - 1):
        inner = f"<teiCorpus>{HEADER}{inner}</teiCorpus>"
    return f'<teiCorpus xmlns="{TEI_NS}">{HEADER}{inner}</teiCorpus>'


@pytest.mark.parametrize("depth", [1, 2, 5])
def test_a_nested_tei_corpus_exports_every_word(tmp_path, depth):
    path = write(tmp_path, corpus([ONE.format("alpha"), ONE.format("beta")], depth))
    root = load_master(path).root
    for view in ("diplomatic", "reading"):
        page, _ = export("html", path, view)
        check_no_live_content(page)
        main = lxml_html.document_fromstring(page).find(".//main").text_content()
        assert "Words of beta." in main and "Note of beta." in main
        assert not difference(master_words(root, view), html_words(page))
        text, _ = export("text", path, view)
        assert b"Words of beta." in text
        assert not difference(master_words_for_text(root, view),
                              text_words(text, note_labels(root)))


@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_corpus_of_many_small_teis_exports_in_linear_time(tmp_path, fmt):
    """10,000 small TEIs in one corpus: the time grows with their number, not its square
    (the two sizes timed in turn, best of three, in CPU time so that other jobs on the
    machine do not count; a generous bound on the growth ratio, never an absolute time)."""
    paths = {n: write(tmp_path, corpus([ONE.format(f"doc{k}") for k in range(n)]),
                      f"c{n}.xml") for n in (2500, 10000)}
    best = {n: float("inf") for n in paths}
    for _ in range(3):
        for n, path in paths.items():
            start = time.process_time()
            export(fmt, path)
            best[n] = min(best[n], time.process_time() - start)
    ratio = best[10000] / best[2500]
    assert ratio < 8, f"4x the documents took {ratio:.1f}x the time (quadratic: 16x)"


# ----------------------------------------------------------------- property test

NAMESPACES = [None, TK, TEI_NS, "http://www.w3.org/XML/1998/namespace",
              "http://www.w3.org/1999/xhtml", "urn:x"]
NAMES = ["href", "tag", "hide", "before", "after", "seq", "label", "id", "ref", "notes",
         "owner", "pn", "target", "rend", "type", "n", "place", "who", "ana", "wit", "lang",
         "onclick", "style", "src", "class", "cols", "rows", "break", "reason", "unit",
         "quantity", "display", "mathvariant"]
VALUES = st.one_of(
    st.sampled_from(["javascript:alert(1)", "script", "style", "iframe", "#x", "#n1",
                     "x\" onload=\"y", "<script>", "content", "inline", "foot", "no", "1",
                     "99999999999999999999", "span", "div", "h", "data:text/html,x",
                     "https://example.org/", "mailto:a@b.c", "#chair #regular", "fn:1", ""]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                   blacklist_characters="\x00"), max_size=12))
TAGS = ["p", "ref", "ptr", "note", "hi", "ab", "seg", "list", "item", "label", "add", "del",
        "subst", "choice", "sic", "corr", "abbr", "expan", "orig", "reg", "app", "lem", "rdg",
        "u", "sp", "speaker", "stage", "lb", "pb", "gap", "unclear", "supplied", "table",
        "row", "cell", "quote", "head", "div", "title", "foreign", "damage", "restore",
        "surplus", "incident", "role", "roleDesc", "castItem"]
WORDS = st.sampled_from(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"])


@st.composite
def element(draw, depth: int = 0):
    tag = draw(st.sampled_from(TAGS))
    el = etree.Element(f"{{{TEI_NS}}}{tag}")
    for _ in range(draw(st.integers(0, 3))):
        ns, name = draw(st.sampled_from(NAMESPACES)), draw(st.sampled_from(NAMES))
        key = f"{{{ns}}}{name}" if ns else name
        value = draw(VALUES)
        try:
            el.set(key, value)
        except ValueError:               # not an XML character: the parser would refuse it
            pass
    el.text = draw(st.one_of(st.none(), WORDS.map(lambda w: w + " ")))
    if depth < 3:
        for child in draw(st.lists(element(depth + 1), max_size=3)):
            child.tail = draw(st.one_of(st.none(), WORDS.map(lambda w: " " + w + " ")))
            el.append(child)
    return el


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(element(), min_size=1, max_size=4))
def test_any_attributes_in_any_namespace_no_live_content_every_word(tmp_path, children):
    tei = etree.fromstring(master("").encode())
    body = tei.find(f".//{{{TEI_NS}}}body")
    for child in children:
        body.append(child)
    path = tmp_path / "prop.xml"
    path.write_bytes(etree.tostring(tei, encoding="utf-8", xml_declaration=True))
    root = load_master(path).root
    body_xml = etree.tostring(body, encoding="unicode")
    for view in ("diplomatic", "reading"):
        page, _ = export("html", path, view)
        check_no_live_content(page)
        assert not difference(master_words(root, view), html_words(page)), (view, body_xml)
        text, _ = export("text", path, view)
        assert not difference(master_words_for_text(root, view),
                              text_words(text, note_labels(root))), (view, body_xml)


def test_build_pages_and_volume_carry_no_live_content(tmp_path):
    """The same attack through teikit build: each page and the print volume."""
    from teikit.export import build_edition
    edition = tmp_path / "ed"
    (edition / "tei").mkdir(parents=True)
    (edition / "tei" / "attack.xml").write_text(TK_ATTACK, encoding="utf-8")
    (edition / "tei" / "other.xml").write_text(master(
        '<p xml:id="fn:1">forged</p><p>x<note>the note</note></p>'), encoding="utf-8")
    build_edition(edition, tmp_path / "out")
    own = ("attack.html", "other.html", "volume.html", "../text/attack.txt",
           "../text/other.txt")
    for page in ("attack.html", "other.html", "volume.html", "index.html"):
        data = (tmp_path / "out" / "html" / page).read_bytes()
        check_no_live_content(data, own if page == "index.html" else ())
        assert b"javascript" not in data and b"onclick" not in data
    volume = (tmp_path / "out" / "html" / "volume.html").read_bytes()
    main = lxml_html.document_fromstring(volume).find(".//main").text_content()
    for words in ("click me", "alert(2)", "hidden words", "the note", "forged"):
        assert words in main, words

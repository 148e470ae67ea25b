"""The HTML page: self-contained, headings in order, metadata from the header, transcript
layout, notes linked both ways, paragraph and page numbers, valid nesting; markup-like text
stays text and nothing from a master becomes a script or a javascript:/data: link."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from teikit.export import build_edition, export, load_master
from teikit.writers.html import css_string

from conftest import EDITION

MASTERS = sorted((EDITION / "tei").glob("*.xml"))
TRANSCRIPT = EDITION / "tei" / "003_91c4a6c9c62e1599.xml"
TELEGRAM = EDITION / "tei" / "000_1146c90f5f55a996.xml"
PHRASING_PARENTS = {"p", "span", "a", "h1", "h2", "h3", "h4", "h5", "h6", "i", "b", "em",
                    "cite", "sup", "sub", "u", "time", "dt", "caption"}
BLOCK = {"p", "div", "section", "article", "ul", "ol", "dl", "li", "table", "blockquote",
         "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "main", "nav"}
ALLOWED_HREF = re.compile(r"^(https?://|mailto:|#)", re.I)


def page(path, view="diplomatic"):
    data, _ = export("html", path, view)
    return data, lxml_html.document_fromstring(data)


def check_page(doc, own_files=()):
    """What every page teikit writes must satisfy (*own_files*: links to files teikit
    wrote beside the page)."""
    # nothing to fetch, nothing to run
    assert not doc.xpath("//script | //link | //img | //iframe | //object | //embed | //base"
                         " | //form | //audio | //video | //source | //svg")
    assert not [a for el in doc.iter() for a in el.attrib if a.lower().startswith("on")]
    assert doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0].startswith(
        "default-src 'none'")
    for style in doc.iter("style"):
        assert "<" not in style.text and "url(" not in style.text and "@import" not in style.text
    # links: only http(s), mailto, or an anchor on the page
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids"
    for href in doc.xpath("//@href"):
        assert ALLOWED_HREF.match(href) or href in own_files, href
        if href.startswith("#"):
            assert href[1:] in ids, f"link to a missing anchor {href}"
    # valid nesting: no block inside running text
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag in BLOCK:
            parent = el.getparent()
            assert parent is None or parent.tag not in PHRASING_PARENTS, (
                f"<{el.tag}> inside <{parent.tag}>")
    # headings in order, one h1
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels


@pytest.mark.parametrize("view", ["diplomatic", "reading"])
@pytest.mark.parametrize("path", MASTERS, ids=lambda p: p.stem)
def test_seed_pages(path, view):
    data, doc = page(path, view)
    assert data.startswith(b"<!DOCTYPE html>\n<html lang=\"en\">")
    check_page(doc)
    root = load_master(path).root
    title = root.findtext(".//{*}titleStmt/{*}title")
    assert doc.findtext(".//title") == title and doc.findtext(".//h1") == title


def test_metadata_block():
    _, doc = page(TRANSCRIPT)
    meta = {dt.text: dt.getnext() for dt in doc.iter("dt")}
    assert list(meta)[:3] == ["Date", "Source", "Summary"]
    assert meta["Date"].find("time").get("datetime") == "1945-07-09"
    link = meta["Source"].find(".//a")
    assert link.get("href") == "https://digitalarchive.wilsoncenter.org/document/123425"
    assert meta["Speakers"].text_content() == "Stalin, Soong, Molotov"
    assert "CC0" in meta["Rights"].text_content()
    assert meta["Summary"].text_content().startswith("Dr. Soong reports")


def test_transcript_layout_and_paragraph_numbers():
    _, doc = page(TRANSCRIPT)
    turns = doc.find_class("sp")
    assert len(turns) == len(load_master(TRANSCRIPT).root.findall(".//{*}sp"))
    first = turns[0]
    assert first[0].get("class") == "speaker" and first[0].text == "Stalin"
    assert first[1].get("class") == "speech"
    stages = list(doc.find_class("stage"))
    assert any(s.tag == "p" and s.getparent().tag == "section" for s in stages)  # between
    assert any(s.tag == "span" for s in stages)                                   # inline
    numbers = [a.text for a in doc.find_class("pn")]
    assert numbers == [str(i) for i in range(1, len(numbers) + 1)]
    for a in doc.find_class("pn"):
        assert a.get("href") == "#" + a.getparent().get("id")


def test_notes_are_linked_both_ways():
    _, doc = page(TELEGRAM)
    markers = doc.find_class("fn-ref")
    assert len(markers) == 1 and markers[0].text_content() == "1"
    note = doc.get_element_by_id(markers[0].get("href")[1:])
    assert note.tag == "li" and "Paraphrase transmitted" in note.text_content()
    back = note.find_class("fn-back")[0]
    assert back.get("href") == "#" + markers[0].get("id")
    assert markers[0].getparent().tag == "h2"        # the note of the heading


def test_signs_by_view():
    dip = page(TRANSCRIPT, "diplomatic")[1].find(".//main").text_content()
    rea = page(TRANSCRIPT, "reading")[1].find(".//main").text_content()
    assert "Chiang [Kai-shek]" in dip and "Chiang Kai-shek" in rea
    assert "they agreed (Khalkha government?) [sic]" in dip
    assert "they agreed (Khalkha government?)." in rea
    assert "extra-territoriality [illegible]" in dip and "extra-territoriality […]" in rea
    opener = page(TELEGRAM)[1].find_class("dateline")[0].text_content()
    assert opener == "[Moscow,] June 11, 1944,"


HOSTILE = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang='en"&gt;&lt;script&gt;alert(1)&lt;/script&gt;'>
 <teiHeader><fileDesc>
  <titleStmt><title>&lt;/title&gt;&lt;script&gt;alert("t")&lt;/script&gt; &amp;amp; "}}</title></titleStmt>
  <publicationStmt><publisher>x</publisher><availability>
    <licence target="javascript:alert('l')">Licence &lt;b&gt;bold&lt;/b&gt;</licence>
  </availability></publicationStmt>
  <sourceDesc><bibl><ref target=" JaVaScRiPt:alert(2)">source link</ref>
    <ref target="https://example.org/ok">good link</ref></bibl></sourceDesc>
 </fileDesc></teiHeader>
 <text><body><div type="document" xml:id='d"&gt;&lt;img src=x onerror=alert(3)&gt;'>
  <head>Head &lt;script&gt;alert(4)&lt;/script&gt;</head>
  <p rend='x" onclick="alert(5)'>A &lt;b&gt;tag&lt;/b&gt;, &amp;amp; an entity, &lt;!-- a comment --&gt;,
   <ref target="javascript:alert(6)">js</ref>, <ref target="data:text/html,&lt;script&gt;alert(7)&lt;/script&gt;">data</ref>,
   <ref target="vbscript:msgbox(8)">vb</ref>, <ref target="java&#x09;script:alert(9)">tab</ref>,
   <ref target="#nowhere">missing</ref>, <ptr target="javascript:alert(10)"/>,
   <ref target="mailto:editor@example.org">mail</ref>, <ref target="https://example.org/a?b=1&amp;c=2">web</ref>.<note n="1">Note &lt;/li&gt;&lt;script&gt;x&lt;/script&gt;</note></p>
  <sp who="#x"><speaker>&lt;i&gt;Speaker&lt;/i&gt;</speaker><p>&lt;/style&gt;&lt;script&gt;alert(11)&lt;/script&gt;</p></sp>
 </div></body></text>
</TEI>"""


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "hostile.xml"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_markup_like_text_stays_text(hostile):
    data, doc = page(hostile)
    check_page(doc)
    assert doc.findtext(".//title") == '</title><script>alert("t")</script> &amp; "}}'
    main = doc.find(".//main").text_content()
    for text in ("Head <script>alert(4)</script>", "A <b>tag</b>, &amp; an entity",
                 "<!-- a comment -->", "</style><script>alert(11)</script>", "<i>Speaker</i>"):
        assert text in main, text
    assert "Note </li><script>x</script>" in doc.find_class("notes")[0].text_content()
    assert b"<script" not in data
    assert not doc.xpath("//@*[contains(., '\"') and name() = 'class']")


def test_no_attribute_becomes_a_dangerous_link(hostile):
    _, doc = page(hostile)
    hrefs = doc.xpath("//@href")
    assert "https://example.org/ok" in hrefs and "mailto:editor@example.org" in hrefs
    assert "https://example.org/a?b=1&c=2" in hrefs
    for href in hrefs:
        assert not re.match(r"\s*(java|vb)\s*script|data:", href, re.I), href
    main = doc.find(".//main").text_content()
    for word in ("js", "data", "vb", "tab", "missing"):      # the text stays, unlinked
        assert re.search(rf"\b{word}\b", main)
    assert doc.get("lang") == "und"                # a hostile language tag


def test_running_head_is_an_escaped_css_string():
    assert css_string('a"b</style>\\') == '"a\\22 b\\3c \\2f style\\3e \\5c "'
    assert len(css_string("x" * 500)) < 200


def test_edition_index_and_volume(tmp_path):
    result = build_edition(EDITION, tmp_path)
    assert len(result.written) == 2 * len(MASTERS) + 2
    index = lxml_html.document_fromstring((tmp_path / "html" / "index.html").read_bytes())
    links = index.xpath("//nav//a/@href")
    check_page(index, own_files=links)
    for master in MASTERS:
        assert f"{master.stem}.html" in links and f"../text/{master.stem}.txt" in links
    assert "volume.html" in links
    for href in links:
        assert (tmp_path / "html" / href).resolve().exists(), href
    volume = lxml_html.document_fromstring((tmp_path / "html" / "volume.html").read_bytes())
    check_page(volume)
    articles = volume.xpath("//article[contains(@class, 'document')]")
    assert [a.get("id") for a in articles] == ["doc-1", "doc-2"]
    assert [a.findtext("header/h2") for a in articles] == [
        load_master(m).root.findtext(".//{*}titleStmt/{*}title") for m in MASTERS]
    style = volume.find(".//style").text
    assert "@page doc-2" in style and ".page-doc-2 { page: doc-2; }" in style


def test_tei_corpus_exports_every_text(tmp_path):
    one = ('<TEI><teiHeader><fileDesc><titleStmt><title>{0}</title></titleStmt></fileDesc>'
           '</teiHeader><text><body><p>Text {0}.<note n="1">Note {0}.</note></p></body></text>'
           '</TEI>')
    path = tmp_path / "corpus.xml"
    path.write_text('<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
                    "<titleStmt><title>Both</title></titleStmt></fileDesc></teiHeader>"
                    + one.format("one") + one.format("two") + "</teiCorpus>")
    _data, doc = page(path)
    check_page(doc)
    main = doc.find(".//main").text_content()
    assert "Text one." in main and "Text two." in main
    assert len(doc.find_class("fn-ref")) == 2 and "Note two." in main
    text = export("text", path)[0].decode()
    assert "Text one.[1]" in text and "Text two.[1]" in text and "Note two." in text


FIXTURES = sorted((Path(__file__).parent / "fixtures" / "export").glob("*.xml")) + [
    Path(__file__).parent / "fixtures" / "tei" / name   # links and pointers to ids on the page
    for name in ("frus1961-63v01-d5.xml", "frus1964-68v29p1-d241.xml", "siparl-OZKSIS-034.xml")]


@pytest.mark.parametrize("path", [*MASTERS, *FIXTURES], ids=lambda p: p.name)
def test_a_page_flushed_in_pieces_is_the_same_page(path, monkeypatch):
    """A long page is encoded piece by piece as it is written (its links to ids settled at
    the end, in the bytes already encoded): flushing after every paragraph gives the same
    bytes as holding the whole page."""
    from teikit.writers import htmlrules
    whole = {view: export("html", path, view)[0] for view in ("diplomatic", "reading")}
    monkeypatch.setattr(htmlrules, "FLUSH_AT", 0)
    for view, data in whole.items():
        assert export("html", path, view)[0] == data

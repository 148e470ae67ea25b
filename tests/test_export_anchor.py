"""Notes and apparatus entries reached while the lists at a document's end are written
(a note in a reading or in an entry's note; an entry in a note): every link on the page
reaches an anchor, every note's words are on the page once, and an entry is listed once.

Found by tests/test_export_safety.py's property test (--hypothesis-seed=2): a ``<note>``
inside an ``<app>``'s ``<note>`` was numbered while the apparatus was written, after the
notes list, so its marker linked to ``#fn:1`` with no note on the page. Inputs are written
here by hand (no fixture files)."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from teikit.export import export

TEI_NS = "http://www.tei-c.org/ns/1.0"

IN_READING = '<p>alpha<app><lem>beta</lem><rdg>gamma<note>delta</note></rdg></app> epsilon</p>'
IN_ENTRY_NOTE = ('<p>alpha<app><lem>beta</lem><rdg>gamma</rdg>'
                 '<note>remark<note>inner</note></note></app> zeta</p>')
ROUND_TRIP = ('<p>alpha<note>first<app><lem>x</lem><rdg>y<note>deep</note></rdg></app></note>'
              ' omega</p>')


def master(tmp_path, body: str):
    path = tmp_path / "m.xml"
    path.write_text(f'<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>T</title>'
                    f"</titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>",
                    encoding="utf-8")
    return path


def page_of(path):
    data, _ = export("html", path)
    doc = lxml_html.document_fromstring(data)
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids)), "an id twice on the page"
    for href in doc.xpath("//@href[starts-with(., '#')]"):
        assert href[1:] in ids, f"a link to no anchor: {href}"
    main = lxml_html.document_fromstring(data).find(".//main")
    for hidden in main.xpath(".//*[@aria-hidden='true']"):     # the notes' print copies
        hidden.drop_tree()
    return doc, " ".join(main.text_content().split())


@pytest.mark.parametrize("body, words", [
    (IN_READING, "Apparatus a1 beta] gamma1 Notes 1 delta"),
    (IN_ENTRY_NOTE, "Apparatus a1 beta] gamma — remark1 Notes 1 inner"),
    (ROUND_TRIP, "Notes 1 firstxa1 Apparatus a1 x] y2 Notes 2 deep"),
])
def test_a_note_reached_in_the_apparatus_is_listed_after_it(tmp_path, body, words):
    doc, text = page_of(master(tmp_path, body))
    assert text.endswith(words), text
    assert [li.get("id") for li in doc.xpath("//li[@class='note']")] == (
        ["fn:1", "fn:2"] if body == ROUND_TRIP else ["fn:1"])


def test_an_entry_in_a_note_is_listed_once(tmp_path):
    doc, text = page_of(master(tmp_path, ROUND_TRIP))
    assert [li.get("id") for li in doc.xpath("//li[@class='app-entry']")] == ["app:1"]
    assert text.count("deep") == 1 and text.count("y") == 1
    # the marker in the print copy links to the entry but is not its anchor
    copy = doc.xpath("//span[@class='fn-print']//a[@class='app-ref gen']")
    assert [(a.get("href"), a.get("id")) for a in copy] == [("#app:1", None)]
    assert doc.xpath("//li[@id='app:1']/a/@href") == ["#appref:1"]
    assert doc.xpath("//li[@id='fn:1']//a[@id='appref:1']")


@pytest.mark.parametrize("body, tail", [
    (IN_READING, "[a1] beta] gamma[1]\n\nNotes\n-----\n\n[1] delta\n"),
    (IN_ENTRY_NOTE, "[a1] beta] gamma — remark[1]\n\nNotes\n-----\n\n[1] inner\n"),
    (ROUND_TRIP, "[1] firstx[a1]\n\nApparatus\n---------\n\n[a1] x] y[2]\n\n"
                 "Notes\n-----\n\n[2] deep\n"),
])
def test_the_text_edition_lists_them_too(tmp_path, body, tail):
    data, _ = export("text", master(tmp_path, body))
    assert data.decode("utf-8").endswith(tail), data.decode("utf-8")

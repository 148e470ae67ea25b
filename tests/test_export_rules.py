"""Every element of teikit's schema has a rule in both writers (or is header metadata,
read once by teikit.writers.meta); any other element keeps its text."""
from __future__ import annotations

from lxml import etree

from teikit.export import export
from teikit.writers import htmlbody
from teikit.writers import text as text_writer
from teikit.writers.meta import HEADER_ELEMENTS

from conftest import ROOT

ODD = ROOT / "src" / "teikit" / "schema" / "teikit.odd"


def schema_elements() -> set[str]:
    odd = etree.parse(str(ODD))
    names = set()
    for ref in odd.iter("{http://www.tei-c.org/ns/1.0}moduleRef"):
        names.update((ref.get("include") or "").split())
    return names


def test_every_schema_element_has_a_rule():
    elements = schema_elements()
    assert {"p", "sp", "gap", "note", "teiHeader"} <= elements
    html, text = set(htmlbody.RULES), set(text_writer.RULES)
    missing = sorted(e for e in elements - HEADER_ELEMENTS - {"TEI"}
                     if e not in html or e not in text)
    assert not missing, f"no rule in the HTML or text writer for: {missing}"


def test_an_element_without_a_rule_keeps_its_text(tmp_path):
    path = tmp_path / "unknown.xml"
    path.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x"><teiHeader><fileDesc>'
        "<titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text><body>"
        "<p>Before <unknownThing>inside words</unknownThing> after "
        "<x:foreign>other namespace</x:foreign>.</p>"
        "<mysteryBlock><p>A paragraph in a block.</p></mysteryBlock>"
        "</body></text></TEI>", encoding="utf-8")
    for fmt in ("html", "text"):
        out = export(fmt, path)[0].decode()
        for words in ("Before", "inside words", "after", "other namespace",
                      "A paragraph in a block."):
            assert words in out, (fmt, words)

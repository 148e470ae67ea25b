"""Every element of teikit's schema has a rule in both writers (or is header metadata,
read once by teikit.writers.meta); any other element keeps its text."""
from __future__ import annotations

import re

from lxml import etree

from teikit.export import export
from teikit.writers import text as text_writer
from teikit.writers.meta import HEADER_ELEMENTS

from conftest import ROOT

ODD = ROOT / "src" / "teikit" / "schema" / "teikit.odd"
XSL = ROOT / "src" / "teikit" / "writers" / "html.xsl"


def schema_elements() -> set[str]:
    odd = etree.parse(str(ODD))
    names = set()
    for ref in odd.iter("{http://www.tei-c.org/ns/1.0}moduleRef"):
        names.update((ref.get("include") or "").split())
    return names


def xsl_rules() -> set[str]:
    xsl = etree.parse(str(XSL))
    names = set()
    for template in xsl.iter("{http://www.w3.org/1999/XSL/Transform}template"):
        names.update(re.findall(r"t:(\w+)", template.get("match") or ""))
    return names


def test_every_schema_element_has_a_rule():
    elements = schema_elements()
    assert {"p", "sp", "gap", "note", "teiHeader"} <= elements
    html, text = xsl_rules(), set(text_writer.RULES)
    missing = sorted(e for e in elements - HEADER_ELEMENTS - {"TEI"}
                     if e not in html or e not in text)
    assert not missing, f"no rule in the HTML or text writer for: {missing}"
    # <TEI> itself: the HTML writer's document template ("/") goes straight to its text
    assert "TEI" in html or "t:TEI/t:text" in root_template_selects()


def root_template_selects() -> str:
    """What the HTML writer's document template ("/") applies templates to, itself or
    through the named templates it calls."""
    xsl = etree.parse(str(XSL))
    ns = {"xsl": "http://www.w3.org/1999/XSL/Transform"}
    (root,) = xsl.xpath("//xsl:template[@match='/']", namespaces=ns)
    called = [template
              for name in root.xpath(".//xsl:call-template/@name", namespaces=ns)
              for template in xsl.xpath("//xsl:template[@name=$n]", n=name, namespaces=ns)]
    return " | ".join(select for template in [root, *called]
                      for select in template.xpath(".//xsl:apply-templates/@select",
                                                   namespaces=ns))


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

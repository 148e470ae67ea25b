"""TEI-All's own Schematron constraints, run in Python (validate/schematron.py): stable
codes, TEI's messages, warnings that leave jing's verdict alone, and the rules that cannot
run named."""
from __future__ import annotations

from lxml import etree

from teikit import validate_file
from teikit.validate import schematron
from teikit.validate.schemas import document_names

from conftest import ROOT

SIPARL = ROOT / "tests" / "fixtures" / "tei" / "siparl-OZKSIS-034.xml"


def mutant(tmp_path, old: str, new: str):
    text = SIPARL.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "constraint.xml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def warnings(result) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in result.diagnostics if d.severity == "warning"]


def test_when_with_from_is_reported_with_a_stable_code(tmp_path):
    path = mutant(tmp_path, "</titleStmt>",
                  '</titleStmt><!-- --><editionStmt><edition><date when="2000" '
                  'from="1999">2000</date></edition></editionStmt>')
    result = validate_file(path)
    assert result.valid                       # a warning: jing's verdict stands
    found = warnings(result)
    assert ("tei:att.datable.w3c-att-datable-w3c-when",
            "The @when attribute cannot be used with any other att.datable.w3c "
            "attributes.") in found, found
    (d,) = [d for d in result.diagnostics if d.code.endswith("-when")]
    assert d.line == 1 + SIPARL.read_text(encoding="utf-8").split("</titleStmt>")[0].count("\n")


def test_pointer_constraints(tmp_path):
    path = mutant(tmp_path, '<ref target="http://www.inz.si/">',
                  '<ref target="http://www.inz.si/" cRef="x">')
    codes = [c for c, _m in warnings(validate_file(path))]
    assert "tei:ref-refAtts" in codes


def test_a_valid_file_has_no_constraint_warnings():
    assert warnings(validate_file(SIPARL)) == []


def test_rules_needing_xslt_are_named_as_skipped():
    skipped = dict(schematron.skipped())
    assert "tei:att.spanning-spanTo-spanTo-points-to-following" in skipped
    assert all("current" in why or "generate-id" in why for why in skipped.values())
    assert len(skipped) < 10 and len(schematron.rules()) > 90


def test_codes_are_unique_and_stable():
    codes = [r.code for r in schematron.rules()]
    assert len(codes) == len(set(codes))
    assert "tei:relation-activemutual" in codes and "tei:span-targetfrom" in codes


def test_archival_masters_do_not_run_them():
    master = sorted((ROOT / "editions" / "sample" / "tei").glob("*.xml"))[0]
    result = validate_file(master)
    assert result.profile == "archival" and warnings(result) == []


# Almost every constraint a body can break, broken once (and a few kept).
BREAKS_MANY = """<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Constraints</title></titleStmt>
      <publicationStmt><p>Test.</p></publicationStmt>
      <sourceDesc><p>Made up.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <div>
        <p>A <date when="1950-01-01" from="1950-01-01">date</date> and
          <date from="1950" notBefore="1949">another</date>,
          <date to="1951" notAfter="1952">x</date>
          <ref target="#a" cRef="x">ref</ref> <ptr target="#a" cRef="y"/>
          <measure unitRef="#u" unit="cm">3</measure> <name type="x" subtype="y">n</name>
          <term subtype="z">t</term> <name calendar="#c"/> <date calendar="#c">1900</date>
          <foreign targetLang="fr">x</foreign></p>
        <lg><l>line <seg>x</seg></l><l><p>para in l</p></l></lg>
        <list type="gloss"><item>no label</item></list>
        <relatedItem target="#a"><bibl>b</bibl></relatedItem>
        <span from="#a" to="#b" target="#c"/>
        <span to="#b"/>
        <span from="#a b"/>
        <relation active="#a" mutual="#b" name="x"/>
        <relation passive="#a"/>
        <s><s>nested</s></s>
        <addSpan/>
        <subst><add>a</add></subst>
        <link target="#a"/>
        <join target="#a"/>
        <ab><p>p in ab</p><div><p>div in ab</p></div></ab>
        <quotation/>
        <shift/>
        <rt target="#a" from="#b"/>
        <lg><l>only</l></lg>
        <p><p>p in p</p></p>
      </div>
    </body>
  </text>
</TEI>
"""


def test_breaking_many_constraints_reports_each_with_its_code():
    root = etree.fromstring(BREAKS_MANY.encode())
    codes = {f.code for f in schematron.check(root)}
    for code in ("tei:att.datable.w3c-att-datable-w3c-when", "tei:ref-refAtts",
                 "tei:ptr-ptrAtts", "tei:p-abstractModel-structure-p-in-l-or-lg",
                 "tei:p-abstractModel-structure-p-in-ab-or-p", "tei:s-noNestedS",
                 "tei:div-abstractModel-structure-div-in-ab-or-p", "tei:span-tonotfrom",
                 "tei:relation-activemutual", "tei:relation-activepassive",
                 "tei:rt-target-rt-target-not-span", "tei:att.measurement-att-measurement-unitRef"):
        assert code in codes, code
    assert len(codes) >= 30


def test_rules_left_out_for_a_document_could_find_nothing_in_it():
    """A rule is run only when its context's names occur and one of its checks can fire
    (a report whose test is a path needs the names on the path); every rule left out finds
    nothing when it is run all the same, on real files and on one breaking many rules."""
    from conftest import ROOT as root_dir

    docs = [etree.fromstring(BREAKS_MANY.encode())]
    docs += [etree.parse(str(f)).getroot()
             for f in sorted((root_dir / "tests" / "fixtures" / "tei").glob("*.xml"))]
    for root in docs:
        names, attributes = document_names(root)
        chosen = schematron.applicable(frozenset(n for _ns, n in names),
                                       frozenset(n for _ns, n in attributes))
        document = None
        for rule in schematron.rules():
            if rule in chosen:
                continue
            fast = schematron._lxml_queries(rule)
            if fast is not None:
                assert schematron._run_lxml(rule, fast, root) == [], rule.code
            elif rule.compile() is not None:
                import elementpath

                document = document or elementpath.get_node_tree(root.getroottree())
                assert schematron._run_elementpath(rule, rule.compile(), document) == [], \
                    rule.code


def test_what_a_report_needs_to_fire():
    needs = schematron._test_needs
    holds = schematron._holds
    ref = needs("@target and @cRef")
    assert holds(ref, set(), {"target", "cRef"}) and not holds(ref, set(), {"target"})
    verse = needs("(ancestor::tei:l or ancestor::tei:lg) and not( ancestor::tei:floatingText )")
    assert holds(verse, {"lg"}, set()) and not holds(verse, {"p", "div"}, set())
    assert holds(needs("../@from | ../@to"), set(), {"to"})
    for unknown in ("count(tei:width) > 1", "not(@marks) and not (tei:p)", "$a eq $b",
                    "@location eq 'external' and @method eq 'x'", "tei:a[@b]"):
        assert needs(unknown) is None, unknown

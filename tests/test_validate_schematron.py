"""TEI-All's own Schematron constraints, run in Python (validate/schematron.py): stable
codes, TEI's messages, warnings that leave jing's verdict alone, and the rules that cannot
run named."""
from __future__ import annotations

from teikit import validate_file
from teikit.validate import schematron

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

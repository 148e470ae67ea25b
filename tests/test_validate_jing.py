"""TEI from elsewhere, cross-checked against jing: teikit's verdict is jing's on every
fixture (real TEI from public projects, and mutants of it: tests/fixtures/tei/README.md),
and every line jing reports an error on, teikit reports an error on too (±2 lines).

Also: the simplified grammar teikit ships is the same language as the TEI release file
(jing gives the same verdicts and lines with either), and the shipped artefact is what
`python -m teikit.validate.teiall` makes from the release file in ../shared."""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from teikit import validate_file, validate_paths
from teikit.validate import rng, teiall

from conftest import ROOT, shared_path

FIXTURES = ROOT / "tests" / "fixtures" / "tei"
FILES = sorted(FIXTURES.glob("*.xml"))
JING_LINE = re.compile(r"^(?P<path>.*?):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.*)$")


def jing_available() -> bool:
    if shutil.which("jing") is None:
        if os.environ.get("TEIKIT_REQUIRE_JING"):
            pytest.fail("jing is required here (TEIKIT_REQUIRE_JING is set) but not installed")
        pytest.skip("jing is not installed (.ci/run installs it)")
    return True


def jing(schema: Path, *files: Path) -> dict[str, list[int]]:
    """jing's error lines per file (every file named, [] when valid)."""
    run = subprocess.run(["jing", str(schema), *map(str, files)], capture_output=True,
                         text=True)
    out: dict[str, list[int]] = {str(f): [] for f in files}
    for line in run.stdout.splitlines():
        m = JING_LINE.match(line)
        if m:
            key = next(k for k in out if os.path.samefile(k, m.group("path")))
            out[key].append(int(m.group("line")))
    return out


@pytest.fixture(scope="module")
def release_rng() -> Path:
    return shared_path("schemas", "tei", "p5-4.7.0", "tei_all.rng")


@pytest.fixture(scope="module")
def jing_on_fixtures(release_rng) -> dict[str, list[int]]:
    jing_available()
    return jing(release_rng, *FILES)


def test_fixtures_hold_valid_and_invalid_files_with_provenance():
    valid = [f for f in FILES if ".invalid." not in f.name]
    invalid = [f for f in FILES if ".invalid." in f.name]
    assert len(valid) >= 4 and len(invalid) >= 4
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for f in FILES:
        assert f.name in readme, f"{f.name}: say where it comes from and its licence"


@pytest.mark.shared
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_verdict_and_error_lines_agree_with_jing(path, jing_on_fixtures):
    """Default options: the profile is chosen for the file (TEI from elsewhere: TEI-All)."""
    expected = jing_on_fixtures[str(path)]
    result = validate_file(path)
    assert result.profile == "tei-all"
    ours = [d.line for d in result.diagnostics if d.severity == "error"]
    assert result.valid == (not expected), (expected, [str(d) for d in result.diagnostics])
    missed = [n for n in expected if not any(abs(n - m) <= 2 for m in ours if m)]
    assert not missed, (missed, [str(d) for d in result.diagnostics])
    assert (".invalid." in path.name) == bool(expected)         # the fixture's name is true
    for d in result.diagnostics:                              # never an empty message
        assert d.message and "  " not in d.message and not d.message.endswith(" ,")


@pytest.mark.shared
def test_the_simplified_grammar_is_the_release_grammar_for_jing(tmp_path, release_rng,
                                                                jing_on_fixtures):
    """jing with teikit's simplified TEI-All: the same verdicts and the same lines as with
    TEI's own tei_all.rng, on every fixture."""
    simplified = tmp_path / "tei_all.simplified.rng"
    simplified.write_text(rng.to_xml(teiall.load()["grammar"]), encoding="utf-8")
    assert jing(simplified, *FILES) == jing_on_fixtures


@pytest.mark.shared
def test_pruning_keeps_the_verdict_per_run_and_per_file(jing_on_fixtures):
    """libxml2 on the grammar pruned to a file's element names (and attribute names), and
    to the union over a run: the same verdicts as jing on the whole grammar (anyName
    content, foreign namespaces, attributes out of place and with bad values included in
    the fixtures)."""
    from lxml import etree
    grammar = teiall.load()["grammar"]
    trees = {str(f): etree.parse(str(f)) for f in FILES}
    names = {k: {rng_name(e.tag) for e in t.getroot().iter(etree.Element)}
             for k, t in trees.items()}
    attributes = {k: {rng_name(a) for e in t.getroot().iter(etree.Element) for a in e.attrib}
                  for k, t in trees.items()}
    union = set().union(*names.values())
    union_attributes = set().union(*attributes.values())

    def compiled(*sets, inline=False):
        xml = rng.to_xml(rng.prune(grammar, *sets), inline=inline)
        return etree.RelaxNG(etree.fromstring(xml.encode()))

    per_run = compiled(union)
    per_run_attributes = compiled(union, union_attributes)
    per_run_inline = compiled(union, union_attributes, inline=True)   # as teikit runs it
    for key, tree in trees.items():
        want = not jing_on_fixtures[key]
        assert compiled(names[key]).validate(tree) == want == per_run.validate(tree), key
        assert compiled(names[key], attributes[key]).validate(tree) == want, key
        assert per_run_attributes.validate(tree) == want, key
        assert per_run_inline.validate(tree) == want, key


def rng_name(tag: str) -> tuple[str, str]:
    return tuple(tag[1:].split("}", 1)) if tag.startswith("{") else ("", tag)


def test_pruning_drops_what_a_file_does_not_use():
    grammar = teiall.load()["grammar"]
    T = "http://www.tei-c.org/ns/1.0"
    small = rng.prune(grammar, {(T, n) for n in ("TEI", "teiHeader", "fileDesc", "titleStmt",
                                                  "title", "publicationStmt", "p",
                                                  "sourceDesc", "text", "body")})
    elements = [b for b in small["defines"].values() if b[0] == "element"]
    assert 10 <= len(elements) < 40 < len(grammar["defines"])
    assert "notAllowed" not in json.dumps(small)                      # simplified away


def test_pruning_attributes_keeps_what_decides_the_verdict():
    """An attribute the documents do not use is dropped (an optional one goes away, a
    required one makes its element unmatchable); one they use is kept with its datatype,
    and an attribute the grammar does not declare stays an error."""
    from lxml import etree
    T = "http://www.tei-c.org/ns/1.0"
    grammar = teiall.load()["grammar"]
    elements = {(T, n) for n in ("TEI", "teiHeader", "fileDesc", "titleStmt", "title",
                                 "publicationStmt", "p", "sourceDesc", "text", "body",
                                 "date", "ptr", "graphic")}
    header = ("<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt>"
              "<p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
              "</teiHeader>")

    def verdict(body: str) -> bool:
        root = etree.fromstring(f'<TEI xmlns="{T}">{header}<text><body>{body}</body></text>'
                                "</TEI>")
        used = {rng_name(a) for e in root.iter() for a in e.attrib}
        pruned = rng.prune(grammar, elements, used)
        return etree.RelaxNG(etree.fromstring(rng.to_xml(pruned).encode())).validate(root)

    assert verdict('<p><date when="1949-02-28">x</date></p>')
    assert not verdict('<p><date when="1949-02-30">x</date></p>')     # the datatype is kept
    assert not verdict('<p><date colour="red">x</date></p>')          # undeclared: an error
    assert verdict('<p><graphic url="a.png"/></p>')
    assert not verdict("<p><graphic/></p>")                 # a required attribute, absent
    assert verdict('<p rend="x"><ptr target="#a"/></p>')
    assert not verdict('<p><ptr target=""/></p>')                    # an empty pointer list
    small = rng.prune(grammar, elements, {("", "when")})
    assert '"rend"' not in json.dumps(small) and '"when"' in json.dumps(small)
    assert "notAllowed" not in json.dumps(small)


@pytest.mark.shared
def test_the_shipped_artefact_is_made_from_the_release_file(release_rng):
    shipped = json.loads(gzip.decompress(teiall.ARTEFACT.read_bytes()))
    assert shipped == teiall.build(release_rng), \
        "rebuild it: python -m teikit.validate.teiall ../shared/schemas/tei/p5-4.7.0/tei_all.rng"
    assert any("CC+BY and BSD-2" in n for n in shipped["notice"])
    assert (ROOT / "src" / "teikit" / "schema" / "TEI-LICENCE.md").is_file()


@pytest.mark.shared
@pytest.mark.parametrize("parts", [
    ("corpus", "volumes", "frus1977-80v01.xml"),
    ("corpus", "other", "dracor", "lessing-emilia-galotti.xml"),
    ("corpus", "other", "siparl", "KPZONOJFSPD-Redna-021-1998-11-25.xml"),
], ids=lambda p: p[-1])
def test_valid_tei_from_elsewhere_is_valid_by_default(parts):
    """A FRUS volume numbers its notes per document and has empty heads: TEI-All, not
    teikit's archival rules, judges it."""
    result = validate_file(shared_path(*parts))
    assert result.valid and result.profile == "tei-all", \
        [str(d) for d in result.diagnostics][:5]


def test_a_folder_mixing_teikit_masters_and_other_tei(tmp_path):
    for f in FILES[:3]:
        shutil.copy(f, tmp_path / f.name)
    sample = sorted((ROOT / "editions" / "sample" / "tei").glob("*.xml"))[0]
    shutil.copy(sample, tmp_path / "master.xml")
    report = validate_paths([tmp_path], jobs=1)
    by_name = {Path(f.path).name: f for f in report.files}
    assert by_name["master.xml"].profile == "archival"
    assert "teikit master" in by_name["master.xml"].reason
    assert {f.profile for n, f in by_name.items() if n != "master.xml"} == {"tei-all"}
    assert report.profile.startswith("auto: archival for 1, tei-all for 3")
    data = report.as_dict()
    assert data["files"][0]["profile"] and data["files"][0]["profile_reason"]


def test_profile_option_still_overrides_the_choice():
    result = validate_file(FIXTURES / "frus1961-63v01-d5.xml", profile="archival")
    assert result.profile == "archival" and not result.valid


def test_messages_name_the_element_and_what_is_expected():
    result = validate_file(FIXTURES / "siparl-OZKSIS-034.invalid.xml")
    messages = [d.message for d in result.diagnostics if d.severity == "error"]
    assert "<meeting> must come after <title> in <titleStmt>" in messages
    assert any(m.startswith("<speech> is not a TEI element; <div> expects") for m in messages)
    assert any(m.startswith('text ("stray words") is not allowed directly inside <div>')
               for m in messages)
    result = validate_file(FIXTURES / "frus1949v07p2-d333.invalid.xml")
    messages = [d.message for d in result.diagnostics if d.severity == "error"]
    assert sum('@url="page' in m and "without spaces" in m for m in messages) == 2
    assert '@level="x" on <title> is not valid: use one of "a", "j", "m", "s", "u"' in messages


def test_a_file_valid_against_the_run_so_far_needs_no_walk_for_its_names():
    """After a first file, the next one is checked against the grammar compiled so far:
    valid there means valid (pruning only removes), and its names are among the grammar's,
    unless the grammar has an open name class (xenoData, egXML content)."""
    from lxml import etree

    from teikit.validate.schemas import PrunedRelaxNG, document_names

    grammar = teiall.load()["grammar"]
    assert rng.open_names(grammar)
    engine = PrunedRelaxNG(grammar, "TEI-All")
    first = etree.parse(str(FIXTURES / "frus1964-68v29p1-d241.xml"))
    assert engine.valid_as_compiled(first) is None             # nothing compiled yet
    assert engine.findings(first) == [] and engine.closed
    again = engine.valid_as_compiled(first)
    assert again is not None
    names, attributes = document_names(first.getroot())
    assert names <= again[0] and attributes <= again[1]
    root = first.getroot()
    root.find(".//{http://www.tei-c.org/ns/1.0}p").set("colour", "red")
    assert engine.valid_as_compiled(first) is None             # the full check decides
    assert engine.findings(first)
    xeno = rng.prune(grammar, names | {("http://www.tei-c.org/ns/1.0", "xenoData")})
    assert rng.open_names(xeno) and not rng.open_names(rng.prune(grammar, names))

"""teikit's schema: one ODD, two generated schemas (RELAX NG for lxml, XSD for
xmlschema) that agree, accept every master teikit writes, reject what they must, and are a
true subset of TEI-All (every document they accept is valid TEI-All)."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys

import pytest
from lxml import etree

from teikit import encode_file
from teikit.header import Edition
from teikit.tei import TEI_NS
from teikit.validate import odd
from teikit.validate.schemas import SCHEMA_DIR, TeikitSchema

from conftest import ROOT, SEEDS, corpus_texts

SCHEMA_SRC = ROOT / "src" / "teikit" / "schema"
MASTERS = sorted((ROOT / "editions" / "sample" / "tei").glob("*.xml"))


@pytest.fixture(scope="session")
def teikit_schema():
    return TeikitSchema()


@pytest.fixture(scope="session")
def model():
    return odd.load()


def _doc(data: bytes):
    return etree.fromstring(data, etree.XMLParser(collect_ids=False)).getroottree()


def test_generated_schemas_are_up_to_date():
    for path, data in odd.generated().items():
        assert path.read_bytes() == data, (
            f"{path.name} differs from what teikit.odd generates; run "
            "python -m teikit.validate.odd and commit both files")


def test_schema_folder_is_packaged_as_package_data():
    """A real folder in the package (a symlink would vanish on a checkout without
    symlinks), read through importlib.resources."""
    folder = ROOT / "src" / "teikit" / "schema"
    assert folder.is_dir() and not folder.is_symlink()
    for name in ("teikit.odd", "teikit.rng", "teikit.xsd"):
        assert (SCHEMA_DIR / name).read_bytes() == (folder / name).read_bytes()


@pytest.mark.shared
def test_odd_is_itself_valid_tei_all(tei_all_rng):
    assert tei_all_rng.validate(etree.parse(str(odd.ODD))), tei_all_rng.error_log


def test_odd_names_every_element_with_its_meaning(model):
    for name, spec in model.elements.items():
        assert spec.desc, f"<{name}> has no <desc> in teikit.odd"
        assert spec.module, f"<{name}> names no TEI module"
    assert model.start == "TEI"
    assert {"sp", "speaker", "stage", "note", "pb", "gap", "supplied", "sic", "choice",
            "particDesc", "listPerson", "person"} <= set(model.elements)


# ----------------------------------------------------------------------------- accepted

def _sources():
    return SEEDS + corpus_texts()


@pytest.fixture(scope="session")
def encoded() -> dict[str, bytes]:
    """Every sample source and corpus text encoded, with and without an edition file."""
    out = {}
    for path in _sources():
        for label, edition in (("edition", Edition.find(path)), ("bare", Edition())):
            out[f"{path.name}/{label}"] = encode_file(path, edition=edition).data
    return out


@pytest.mark.shared
def test_sample_masters_valid_against_rng_xsd_and_tei_all(teikit_schema, tei_all_rng):
    assert MASTERS, "the sample edition has no masters"
    for path in MASTERS:
        doc = etree.parse(str(path))
        assert teikit_schema.rng.validate(doc), (path.name, teikit_schema.rng.error_log)
        assert not teikit_schema.xsd_errors(doc), (path.name, teikit_schema.xsd_errors(doc)[:1])
        assert tei_all_rng.validate(doc), (path.name, tei_all_rng.error_log)


@pytest.mark.shared
def test_every_encoding_valid_against_rng_xsd_and_tei_all(encoded, teikit_schema,
                                                          tei_all_rng):
    assert len(encoded) >= 2 * len(SEEDS)
    for name, data in encoded.items():
        doc = _doc(data)
        assert teikit_schema.rng.validate(doc), (name, str(teikit_schema.rng.error_log))
        errors = teikit_schema.xsd_errors(doc)
        assert not errors, (name, errors[:1])
        assert tei_all_rng.validate(doc), (name, str(tei_all_rng.error_log))


# ----------------------------------------------------------------------------- subset of TEI

SAMPLES = {
    "teidata.temporal.w3c": ["1944-06-11", "1944", "1944-06", "21:00:00",
                             "1945-07-09T21:00:00", "--06", "---11"],
    "teidata.pointer": ["#x", "https://example.org/a?b=c", "other.xml#p1"],
    "teidata.count": ["0", "3"],
    "teidata.language": ["en", "de-AT", ""],
    "teidata.enumerated": ["abc", "web-page"],
    "teidata.word": ["97", "iv"],
    "teidata.name": ["teikit"],
    "teidata.versionNumber": ["1.2.0", "4"],
    "teidata.text": ["1", "a b"],
}


class Generator:
    """Random documents valid against teikit's model, to check they are valid TEI-All."""

    def __init__(self, model, seed: int):
        self.model, self.rng, self.ids = model, random.Random(seed), 0

    def element(self, name: str, depth: int = 0):
        el = etree.Element(f"{{{TEI_NS}}}{name}")
        for att in self.model.attributes(name).values():
            if att.required or self.rng.random() < 0.25:
                el.set(self._attr_name(att.name), self._value(att))
        content = self.model.expand(self.model.elements[name].content)
        if self.model.is_mixed(name) and not self.model.children[name]:
            el.text = self.rng.choice(["words", "Moscow", "x y"])
            return el
        self._fill(el, content, depth)
        if self.model.is_mixed(name):
            self._sprinkle_text(el)
        return el

    def _attr_name(self, name: str) -> str:
        return "{http://www.w3.org/XML/1998/namespace}" + name[4:] if name.startswith("xml:") \
            else name

    def _value(self, att) -> str:
        if att.name == "xml:id":
            self.ids += 1
            return f"id{self.ids}"
        values = list(att.values) if att.values is not None else SAMPLES[att.datatype]
        picked = [self.rng.choice(values) for _ in range(self.rng.randint(1, 2)
                                                         if att.is_list else 1)]
        return " ".join(picked) if att.is_list else picked[0]

    def _count(self, p, depth: int) -> int:
        hi = p.max if p.max != odd.UNBOUNDED else p.min + 2
        return p.min if depth > 5 else self.rng.randint(p.min, max(p.min, hi))

    def _fill(self, el, p, depth):
        for _ in range(self._count(p, depth)):
            if p.kind == "element":
                el.append(self.element(p.name, depth + 1))
            elif p.kind == "sequence":
                for q in p.parts:
                    self._fill(el, q, depth)
            elif p.kind == "alternate":
                options = [q for q in p.parts if q.kind != "text"]
                if options:
                    self._fill(el, self.rng.choice(options), depth)

    def _sprinkle_text(self, el):
        if self.rng.random() < 0.7:
            el.text = "text "
        for child in el:
            if self.rng.random() < 0.5:
                child.tail = " more"


@pytest.mark.shared
@pytest.mark.parametrize("seed", range(40))
def test_random_documents_of_teikit_schema_are_valid_tei_all(seed, model, teikit_schema,
                                                             tei_all_rng):
    doc = Generator(model, seed).element("TEI").getroottree()
    doc = _doc(etree.tostring(doc))
    assert teikit_schema.rng.validate(doc), teikit_schema.rng.error_log
    errors = teikit_schema.xsd_errors(doc)
    assert not errors, errors[:1]
    assert tei_all_rng.validate(doc), (str(tei_all_rng.error_log), etree.tostring(doc)[:3000])


# ----------------------------------------------------------------------------- rejected

def _master(name="003_91c4a6c9c62e1599.xml") -> str:
    return (ROOT / "editions" / "sample" / "tei" / name).read_text(encoding="utf-8")


REJECTED = {
    "head inside sp": ("<speaker>Molotov</speaker>", "<speaker>Molotov</speaker><head>H</head>"),
    "typography": ("<p>What news?</p>", "<p>What <hi>news</hi>?</p>"),
    "rend attribute": ("<p>What news?</p>", '<p rend="bold">What news?</p>'),
    "title level": ('<title level="a">', '<title level="x">'),
    "language without ident": ('<language ident="en">', "<language>"),
    "bad month": ('<date when="1945-07-09">9 July', '<date when="1945-13-09">9 July'),
    "bad id": ('<person xml:id="stalin">', '<person xml:id="1 stalin">'),
    "no sourceDesc": ("</publicationStmt>", "</publicationStmt><!--"),
    "text in sp": ("<p>What news?</p>", "What news?"),
    "text in empty element": ("<speaker>Stalin</speaker>", "<speaker>Stalin</speaker><lb>x</lb>"),
    "unknown div type": ('<div type="document">', '<div type="chapter">'),
    "element out of namespace": ("<p>What news?</p>", '<p xmlns="">What news?</p>'),
    "opener after text": ("</opener>", "</opener><p>x</p><opener><seg>y</seg></opener>"),
    "two openers": ("</opener>", "</opener><opener><seg>y</seg></opener>"),
    "element in text-only": ("<speaker>Stalin</speaker>",
                             "<speaker>Sta<supplied>l</supplied>in</speaker>"),
}


def _mutate(case: str) -> bytes:
    old, new = REJECTED[case]
    text = _master()
    assert old in text, case
    if case == "no sourceDesc":
        text = text.replace("</sourceDesc>", "</sourceDesc>-->")
    return text.replace(old, new, 1).encode()


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_rejected_by_both_rng_and_xsd(case, teikit_schema):
    doc = _doc(_mutate(case))
    assert not teikit_schema.rng.validate(doc), f"RNG accepts: {case}"
    assert teikit_schema.xsd_errors(doc), f"XSD accepts: {case}"
    assert teikit_schema.findings(doc), f"no message for: {case}"


def test_jing_agrees_on_the_generated_rng(tmp_path):
    """A second RELAX NG implementation reads the generated grammar the same way."""
    if shutil.which("jing") is None:
        if os.environ.get("TEIKIT_REQUIRE_JING"):
            pytest.fail("jing is required here (TEIKIT_REQUIRE_JING is set) but not installed")
        pytest.skip("jing is not installed (.ci/run installs it)")
    bad = tmp_path / "bad.xml"
    bad.write_bytes(_mutate("head inside sp"))
    ok = subprocess.run(["jing", str(SCHEMA_DIR / "teikit.rng"), *map(str, MASTERS)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout
    ko = subprocess.run(["jing", str(SCHEMA_DIR / "teikit.rng"), str(bad)],
                        capture_output=True, text=True)
    assert ko.returncode != 0 and "head" in ko.stdout


def test_build_ships_the_schemas(tmp_path):
    """What setuptools puts in a wheel or a non-editable install: the schema folder."""
    build = subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()",
                            "-q", "build_py", "--build-lib", str(tmp_path)], cwd=ROOT,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    shipped = tmp_path / "teikit" / "schema"
    assert shipped.is_dir() and not shipped.is_symlink()
    for name in ("teikit.odd", "teikit.rng", "teikit.xsd"):
        assert (shipped / name).read_bytes() == (SCHEMA_SRC / name).read_bytes()

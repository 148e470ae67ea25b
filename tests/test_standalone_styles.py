"""Every source style tested without ../shared: small real texts committed under
tests/fixtures/corpus (provenance in its README) and their masters as goldens in
tests/golden/styles (make goldens rewrites them). The sample edition's seeds cover the two
Wilson Center styles; these fixtures cover frus and generic."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from lxml import etree

from teikit import encode_file
from teikit.readers import STYLES
from teikit.validate.schemas import TeikitSchema

from conftest import ROOT, SEEDS, check_golden, shared_path
from wordcheck import body_in_source_order, missing_words, source_words

FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
GOLDEN = ROOT / "tests" / "golden" / "styles"
# (fixture, style to encode it with): the folder names the style it is detected as
CASES = [(path, path.parent.name) for path in sorted(FIXTURES.glob("*/*.txt"))] + [
    (FIXTURES / "frus" / "frus1961-63v01-d5.txt", "generic"),
]
# where each fixture was copied from (the README gives the origin and licence)
IN_SHARED = {
    "frus1961-63v01-d5.txt": ("corpus", "frus"),
    "frus1949v07p2-d176.txt": ("corpus", "frus"),
    "KPZONOJFSPD-Redna-021-1998-11-25.txt": ("corpus", "other", "siparl"),
}


def case_id(case: tuple[Path, str]) -> str:
    return f"{case[1]}/{case[0].name}"


@pytest.fixture(scope="module")
def schema() -> TeikitSchema:
    return TeikitSchema()


def test_every_style_has_a_committed_text():
    detected = {encode_file(path).style for path in [*SEEDS, *FIXTURES.glob("*/*.txt")]}
    assert detected == set(STYLES)


def test_fixture_folders_name_the_detected_style():
    for path in FIXTURES.glob("*/*.txt"):
        result = encode_file(path)
        assert (result.style, result.style_detected) == (path.parent.name, True), path.name


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_master_is_the_golden(case, update_goldens):
    path, style = case
    result = encode_file(path, style=style)
    assert result.style == style
    check_golden(GOLDEN / style / f"{path.stem}.xml", result.data, update_goldens)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_master_is_valid_and_keeps_every_word(case, schema):
    path, style = case
    result = encode_file(path, style=style)
    root = etree.fromstring(result.data)
    assert schema.rng.validate(root.getroottree()), schema.rng.error_log.last_error
    excused = {n for item in result.left_out for n in range(item.line, item.end_line + 1)}
    text = path.read_text(encoding="utf-8")
    missing = missing_words(source_words(text, excused), root)
    assert not missing, f"words lost: {dict(missing.most_common(20))}"
    assert not body_in_source_order(source_words(text), root)


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(IN_SHARED))
def test_fixture_is_still_the_shared_corpus_text(name):
    """The copies stay byte for byte what the shared corpus holds (and the README says)."""
    (fixture,) = FIXTURES.glob(f"*/{name}")
    original = shared_path(*IN_SHARED[name], name)
    assert fixture.read_bytes() == original.read_bytes()
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    assert hashlib.sha1(fixture.read_bytes()).hexdigest() in readme

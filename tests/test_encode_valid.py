"""Every master teikit encodes is valid TEI-All (what TEI repositories accept)."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit import encode_file
from teikit.header import Edition

from conftest import SEEDS, corpus_texts

SOURCES = SEEDS + corpus_texts()


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_master_is_valid_tei_all(path, tei_all_rng):
    for edition in (Edition.find(path), Edition()):     # with and without a publisher
        doc = etree.fromstring(encode_file(path, edition=edition).data)
        ok = tei_all_rng.validate(doc)
        assert ok, f"{path.name}: {tei_all_rng.error_log.last_error}"

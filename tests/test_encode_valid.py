"""Every master teikit encodes is valid TEI-All (what TEI repositories accept)."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit import encode_file
from teikit.header import Edition

from conftest import SEEDS, corpus_texts

SOURCES = SEEDS + corpus_texts()


@pytest.mark.shared
@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_master_is_valid_tei_all(path, tei_all_rng):
    for edition in (Edition.find(path), Edition()):     # with and without a publisher
        doc = etree.fromstring(encode_file(path, edition=edition).data)
        ok = tei_all_rng.validate(doc)
        assert ok, f"{path.name}: {tei_all_rng.error_log.last_error}"


def test_a_master_the_schema_rejects_is_never_written(tmp_path, monkeypatch):
    """The encoder checks each master against teikit's schema before returning it."""
    from teikit.diagnostics import TeikitError
    from teikit.readers import blocks

    def broken_closer(self, unit, _):       # a reader bug: a <closer> with no content
        self.div.append(blocks.E.closer())

    monkeypatch.setattr(blocks.TextBuilder, "_closer", broken_closer)
    src = tmp_path / "letter.txt"
    src.write_text("A Letter\n\nDear Sir,\n\nThank you.\n\nJohn Smith\n")
    with pytest.raises(TeikitError) as info:
        encode_file(src, edition=Edition())
    assert info.value.diagnostic.code == "internal"
    assert "its own schema rejects" in str(info.value)

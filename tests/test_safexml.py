"""The one safe parser: every attack refused quickly with its code, nothing outside the
document read or fetched; harmless pointers ignored; broken XML refused in one line."""
from __future__ import annotations

import time

import pytest

from teikit.diagnostics import TeikitError
from teikit.safexml import parse_bytes, parse_file

from hostile import SECRET, attacks, broken, harmless, tei


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return str(path)


def test_attacks_are_refused(secret, listener, tmp_path):
    port, hits = listener
    for name, data, code in attacks(secret, port):
        path = tmp_path / f"{name}.xml"
        path.write_bytes(data)
        start = time.process_time()
        with pytest.raises(TeikitError) as info:
            parse_file(path)
        assert time.process_time() - start < 5, name
        diag = info.value.diagnostic
        assert diag.code == code, (name, str(diag))
        assert diag.path == str(path) and "\n" not in str(diag)
        assert SECRET not in str(diag)
    assert hits == []


def test_harmless_pointers_are_ignored(secret, listener):
    port, hits = listener
    for name, data in harmless(secret, port):
        parsed = parse_bytes(data, name)
        text = "".join(parsed.root.itertext())
        assert SECRET not in text
        if name == "internal-entity":
            assert "Company Ltd. and Company Ltd." in text
        else:
            assert parsed.notes and all(n.severity == "info" for n in parsed.notes), name
    assert hits == []


@pytest.mark.parametrize("name,data,code", broken(), ids=[b[0] for b in broken()])
def test_broken_xml_is_one_line(name, data, code):
    with pytest.raises(TeikitError) as info:
        parse_bytes(data, "in.xml")
    assert info.value.diagnostic.code == code
    assert str(info.value).startswith("in.xml")


def test_utf16_tei_parses():
    data = tei("<p>Zürich</p>").decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    parsed = parse_bytes(data.encode("utf-16"), "u16.xml")
    assert "Zürich" in "".join(parsed.root.itertext())


def test_lying_encoding_position():
    with pytest.raises(TeikitError) as info:
        parse_bytes('<?xml version="1.0" encoding="UTF-8"?>\n<TEI>\nCaf\u00e9</TEI>'
                    .encode("latin-1"), "lie.xml")
    assert info.value.diagnostic.line == 3
    assert "UTF-8" in info.value.diagnostic.message


def test_declared_latin1_over_utf8_bytes_is_a_warning():
    data = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<TEI>Café</TEI>'.encode()
    parsed = parse_bytes(data, "lie.xml")
    assert [(n.severity, n.code) for n in parsed.notes] == [("warning", "encoding-mismatch")]
    honest = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<TEI>Café</TEI>'.encode("latin-1")
    parsed = parse_bytes(honest, "ok.xml")
    assert parsed.notes == [] and "".join(parsed.root.itertext()) == "Café"

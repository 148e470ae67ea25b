"""The safe parser's byte-level shortcuts (no DOCTYPE, no schemaLocation in the bytes)
never skip a check they must not skip: the same files are refused or noted as before."""
from __future__ import annotations

import pytest

from teikit.diagnostics import TeikitError
from teikit.safexml import _ascii_compatible, parse_bytes

TEI_OPEN = '<TEI xmlns="http://www.tei-c.org/ns/1.0"'
LOCATED = (TEI_OPEN + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://www.tei-c.org/ns/1.0 http://127.0.0.1:9/tei.xsd">'
           '<text><body><p>x</p></body></text></TEI>')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-be", "utf-32", "iso-8859-1"])
def test_schema_location_noted_in_any_encoding(encoding):
    decl = f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n'
    data = (decl + LOCATED).encode(encoding)
    notes = parse_bytes(data, "x.xml").notes
    assert [n.code for n in notes] == ["ignored-schema-location"]


def test_no_schema_location_no_note():
    data = (TEI_OPEN + "><text><body><p>schema location</p></body></text></TEI>").encode()
    assert parse_bytes(data, "x.xml").notes == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_external_dtd_after_a_long_prolog_is_refused(encoding):
    prolog = "<!--" + "é" * 600_000 + "-->\n"
    doc = prolog + '<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/x.dtd"><TEI/>'
    with pytest.raises(TeikitError) as info:
        parse_bytes(doc.encode(encoding), "x.xml")
    assert info.value.diagnostic.code == "external-dtd"


@pytest.mark.parametrize("data,expected", [
    (b'<?xml version="1.0" encoding="UTF-8"?><a/>', True),
    (b"<?xml version='1.0'?><a/>", True),
    (b"\xef\xbb\xbf<a/>", True),
    (b'<?xml version="1.0" encoding="UTF-16"?><a/>', False),
    ('<?xml version="1.0"?><a/>'.encode("utf-16"), False),
    (b'<?xml version="1.0" encoding="EBCDIC-US"?>', False),
    (b"\x00<\x00a", False),
])
def test_ascii_compatible(data, expected):
    assert _ascii_compatible(data) is expected

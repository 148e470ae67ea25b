"""Round 22/25 scout findings (REPORT22, REPORT25): the general rules they asked for.

Inputs are written here in the forms the scouts' repros show (/work/scout/tmp22, tmp25); the
documents they come from are public-domain letters and acts (The Latin Library's Petrarch,
Pliny and Cicero pages, a Jekyll edition of 1871 letters, ru.wikisource acts), cited in the
scouts' corpus READMEs. No text here is copied beyond a line or two of a public-domain work.
"""
from __future__ import annotations

import pytest

from teikit import encode_file
from teikit.diagnostics import TeikitError
from teikit.header import Edition

from teiquery import encode, texts, xp


def encode_bytes(tmp_path, data: bytes, name: str = "in.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return encode_file(path, edition=Edition())


# F6 (REPORT22): a short NUL run left by a legacy conversion is a damaged character, not binary

def test_a_stray_nul_run_in_a_utf8_text_is_warned_and_encoded(tmp_path):
    body = ("Si te superior offendit epistola, accipe quod offensum animum ex parte mulceat, "
            "quorum magnas partes ") * 8
    data = (f"Petrarca ad Ciceronem\n\n{body}\x00\x00\x00\x00\x00\x00\u2260, ita ut.\n\n"
            "Aeternum vale.\n").encode()
    result = encode_bytes(tmp_path, data)
    nul = [d for d in result.diagnostics if d.code == "control-char"]
    assert [(d.line, d.severity) for d in nul] == [(3, "warning")]
    from lxml import etree
    root = etree.fromstring(result.data)
    assert "partes \u2260, ita ut." in " ".join(texts(root, "//t:body//t:p"))
    assert texts(root, "//t:body//t:p")[-1] == "Aeternum vale."


@pytest.mark.parametrize("data", [
    b"Title\n\nfine\nbad\x00byte\n",                                   # dense: 1 byte in 24
    b"A long enough line of words to dilute the NULs. " * 20 + b"\x00a\x00b\x00c\x00d",  # 4 runs
    b"A long enough line of words to dilute the NULs. " * 20 + b"\x00\xff\xfe",  # not UTF-8
])
def test_dense_or_scattered_nuls_are_still_binary(tmp_path, data):
    with pytest.raises(TeikitError) as info:
        encode_bytes(tmp_path, data)
    assert info.value.diagnostic.code == "binary"

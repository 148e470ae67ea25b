"""Encode a text and look into the master: the helpers the convention tests share."""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from teikit import encode_text
from teikit.diagnostics import TeikitError

NS = {"t": "http://www.tei-c.org/ns/1.0"}
MARKS = re.compile("[\ufdd0-\ufdef]")     # teikit's internal marks: never left in a master


def encode(text: str, name: str = "doc.txt"):
    """The master's root and the encode result of *text* read as the file *name*."""
    result = encode_text(text, name)
    return etree.fromstring(result.data), result


def encoded_valid(rng, text: str, name: str):
    """(result, root) of *text* read as the file *name*, after the property tests' checks:
    the master is valid against *rng* (when given) and keeps no internal mark. None where
    teikit refused the text, which it may only do for a text without words."""
    try:
        result = encode_text(text, name)
    except TeikitError as exc:
        assert exc.diagnostic.code == "empty", str(exc)
        return None
    root = etree.fromstring(result.data)
    if rng is not None:
        assert rng.validate(root), rng.error_log.last_error
    assert not MARKS.search(result.data.decode("utf-8"))
    return result, root


def xp(root, path: str):
    return root.xpath(path, namespaces=NS)


def texts(root, path: str) -> list[str]:
    """Each element's words, white space collapsed."""
    return [" ".join("".join(el.itertext()).split()) for el in xp(root, path)]


def docx_bytes(body_xml: str) -> bytes:
    """A minimal Word file whose document body is *body_xml* (w:p elements)."""
    out = io.BytesIO()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="'
                   'application/vnd.openxmlformats-package.relationships+xml"/><Default '
                   'Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
                   'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
                   'org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas'
                   '.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}">'
                   f"<w:body>{body_xml}</w:body></w:document>")
    return out.getvalue()

"""Encode a text and look into the master: the helpers the convention tests share."""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from teikit import encode_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def encode(text: str, name: str = "doc.txt"):
    """The master's root and the encode result of *text* read as the file *name*."""
    result = encode_text(text, name)
    return etree.fromstring(result.data), result


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

"""Encode a text and look into the master: the helpers the convention tests share."""
from __future__ import annotations

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

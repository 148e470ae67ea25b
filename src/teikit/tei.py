"""TEI names, the element builder, the serializer and atomic saving.

Every TEI element teikit writes is built here with lxml's element builder (never by
formatting strings). The one safe XML parser lives in :mod:`teikit.safexml`.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

from .diagnostics import Exit, fail

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def tei(name: str) -> str:
    """Clark name of a TEI element: tei('p') -> '{http://www.tei-c.org/ns/1.0}p'."""
    return f"{{{TEI_NS}}}{name}"


def local(el) -> str:
    """Local name of an element ('' for comments and processing instructions)."""
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def text_of(el) -> str:
    return "".join(el.itertext())


# Elements whose content is only other elements in teikit's masters: the serializer indents
# inside them. Mixed content (p, head, note, ...) is never touched, so no space is ever
# added to or removed from the text.
ELEMENT_ONLY = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc",
    "encodingDesc", "appInfo", "application", "editorialDecl", "profileDesc", "abstract",
    "langUsage", "particDesc", "listPerson", "person", "revisionDesc", "text", "front",
    "body", "back", "div", "sp", "list", "listBibl", "availability", "respStmt", "creation",
    "textClass", "quote", "opener", "closer", "castList", "listPrefixDef", "correction",
    "normalization", "segmentation", "interpretation", "hyphenation", "quotation",
    "editionStmt", "notesStmt", "tagsDecl", "namespace", "classDecl", "projectDesc",
    "stdVals", "punctuation",
}


def _has_text(el) -> bool:
    if el.text and el.text.strip():
        return True
    return any(c.tail and c.tail.strip() for c in el)


def indent(el, level: int = 0, step: str = "  ") -> None:
    """Indent element-only containers; leave mixed content exactly as it is."""
    if local(el) not in ELEMENT_ONLY or len(el) == 0 or _has_text(el):
        return
    pad = "\n" + step * (level + 1)
    el.text = pad
    for child in el:
        indent(child, level + 1, step)
        child.tail = pad
    el[-1].tail = "\n" + step * level


def serialize(root) -> bytes:
    """The master's bytes: UTF-8, XML declaration, indented containers, final newline."""
    indent(root)
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + etree.tostring(root, encoding="UTF-8") + b"\n")


def atomic_write(path: str | Path, data: bytes, inputs: tuple[str | Path, ...] = ()) -> None:
    """Write *data* to *path* through a temporary file in the same folder, then rename.

    After any failure (or Ctrl-C) no temporary file is left and an existing *path* is
    untouched. Refuses to write over one of *inputs*, also through a link.
    """
    path = Path(path)
    for src in inputs:
        if _same_file(path, Path(src)):
            raise fail(str(path), f"output would overwrite the input {src}; choose another "
                       "output path", "output-is-input", exit_code=Exit.USAGE)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise fail(str(path), "output path is a folder; give a file name or use -d",
                   "output-is-folder", exit_code=Exit.USAGE)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_name, 0o644 & ~_umask())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise fail(str(path), f"cannot write output: {exc.strerror or exc}", "write",
                   exit_code=Exit.OUTPUT) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        return False
    return a.resolve() == b.resolve()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

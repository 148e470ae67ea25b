"""The one safe XML parser, used by every command that reads XML.

No document can make teikit read a local file, reach the network, or expand entities
without bound. Before lxml sees the bytes, the prolog is checked: an external DTD, external
or parameter entities, unparsed entities and entity definitions that refer to other
entities (the shape of every "billion laughs" bomb) are refused, and the total expansion
of plain internal entities is bounded. lxml (>= 6.1) then parses with entity loading, DTD
loading and network access off and libxml2's size and depth limits on. XInclude elements
are refused, never processed; ``<?xml-model?>``, ``<?xml-stylesheet?>`` and
``xsi:schemaLocation`` are never followed (an info message says so).
"""
from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, Exit, TeikitError
from .fileio import read_input

MAX_XML_BYTES = 512 * 1024 * 1024         # a 50 MB TEI file is ordinary; 512 MB is not
MAX_ENTITY_EXPANSION = 10 * 1024 * 1024   # characters added by internal entities, in all
XINCLUDE_NS = "http://www.w3.org/2001/XInclude"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

DOCTYPE = re.compile(r"<!DOCTYPE\s+(?P<name>[^\s\[>]+)\s*(?P<ext>(?:SYSTEM|PUBLIC)\b)?", re.S)
ENTITY_DECL = re.compile(
    r"<!ENTITY\s+(?P<pe>%\s+)?(?P<name>[^\s]+)\s+(?:(?P<ext>SYSTEM|PUBLIC)\b[^>]*"
    r"|(?P<q>[\"'])(?P<value>.*?)(?P=q)\s*(?P<ndata>NDATA\s+\S+)?\s*)>", re.S)
GENERAL_REF = re.compile(r"&(?P<name>[A-Za-z_:][\w.:-]*);")
PREDEFINED = {"lt", "gt", "amp", "apos", "quot"}


@dataclass
class Parsed:
    """A parsed document and what the parser noticed but did not follow."""

    tree: etree._ElementTree
    notes: list[Diagnostic] = field(default_factory=list)
    size: int = 0                       # bytes read

    @property
    def root(self):
        return self.tree.getroot()


def refuse(path: str, message: str, code: str, line: int | None = None,
           col: int | None = None) -> TeikitError:
    return TeikitError(Diagnostic(path, line, col, "error", message, code), Exit.UNREADABLE)


def parse_file(path: str | Path) -> Parsed:
    return parse_bytes(read_input(path, "XML file", MAX_XML_BYTES), str(path))


def parse_bytes(data: bytes, name: str = "<xml>") -> Parsed:
    if not data.strip():
        raise refuse(name, "the file is empty; it is not an XML document", "not-xml")
    if data[:2] == b"\x1f\x8b":
        raise refuse(name, "this is gzip-compressed data; teikit does not unpack XML "
                     "(unpack it yourself if you trust it)", "compressed")
    if len(data) > MAX_XML_BYTES:
        raise refuse(name, f"document is larger than {MAX_XML_BYTES // 2**20} MB", "too-large")
    resolve = _check_prolog(data, name)
    try:
        try:
            root = etree.fromstring(data, _parser(resolve, huge=False))
        except etree.XMLSyntaxError as exc:
            if not HUGE_NODE.search(exc.msg or ""):
                raise
            # A text node or attribute over libxml2's 10 MB: teikit writes such masters (a
            # long paragraph), so it reads them back; the file-size limit still bounds them,
            # and the depth limit is checked again, since libxml2's "huge" mode lifts it.
            root = etree.fromstring(data, _parser(resolve, huge=True))
            _check_depth(root, name)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (None, None)
        raise refuse(name, _friendly(exc.msg or str(exc), _declared_encoding(data)), "not-xml",
                     line, col + 1 if col is not None else None) from None
    except ValueError as exc:   # e.g. an encoding lxml cannot use
        raise refuse(name, f"cannot parse: {exc}", "not-xml") from None
    tree = root.getroottree()
    return Parsed(tree, _encoding_notes(data, name) + _check_tree(tree, name, data), len(data))


HUGE_NODE = re.compile(r"Text node too long|Buffer size limit|huge text node|"
                       r"AttValue length too long", re.I)
MAX_DEPTH = 256                           # libxml2's own limit outside "huge" mode


_PARSERS = threading.local()


def _parser(resolve: bool, huge: bool) -> etree.XMLParser:
    """One parser per setting and thread, reused from file to file."""
    cache = getattr(_PARSERS, "cache", None)
    if cache is None:
        cache = _PARSERS.cache = {}
    if (resolve, huge) not in cache:
        cache[resolve, huge] = etree.XMLParser(
            resolve_entities="internal" if resolve else False, load_dtd=False,
            dtd_validation=False, no_network=True, huge_tree=huge, remove_blank_text=False,
            collect_ids=False, remove_pis=False, strip_cdata=True)
    return cache[resolve, huge]


def _check_depth(root, name: str) -> None:
    depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            raise refuse(name, "elements are nested too deeply (more than libxml2's safe "
                         "limit); refused", "not-xml", el.sourceline)


SINGLE_BYTE = {"ISO-8859-1", "LATIN-1", "LATIN1", "ISO8859-1", "WINDOWS-1252", "CP1252",
               "ISO-8859-15", "US-ASCII", "ASCII"}


def _encoding_notes(data: bytes, name: str) -> list[Diagnostic]:
    """A declaration of a one-byte encoding over bytes that are UTF-8 parses without error
    but turns every accented letter into two ("CafÃ©"): say so."""
    declared = _declared_encoding(data)
    if declared not in SINGLE_BYTE or data.isascii():
        return []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return []
    return [Diagnostic(name, 1, None, "warning", f"the file declares {declared} but its bytes "
                       "are UTF-8, so accented letters are read wrongly; correct the "
                       "declaration to UTF-8", "encoding-mismatch")]


def _prolog_text(data: bytes) -> str:
    """The text before the root element, decoded well enough to read declarations."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    if data[:4] in (b"<\x00?\x00", b"<\x00!\x00"):
        return data.decode("utf-16-le", "replace")
    if data[:4] in (b"\x00<\x00?", b"\x00<\x00!"):
        return data.decode("utf-16-be", "replace")
    return data.decode("utf-8", "replace")


def _check_prolog(data: bytes, name: str) -> bool:
    """Refuse what could read outside the document or blow up; True when the document
    declares internal entities that are safe to expand."""
    if _ascii_compatible(data) and data.find(
            b"<!DOCTYPE", 0, min(_first_tag(data) + 9, 4_000_000)) < 0:  # 1M chars
        return False                      # no DOCTYPE: nothing to check (and no decoding)
    text = _prolog_text(data)
    m = DOCTYPE.search(text[:1_000_000])
    if not m or _root_starts_before(text, m.start()):
        return False
    line = text.count("\n", 0, m.start()) + 1
    if m.group("ext"):
        raise refuse(name, "the document refers to an external DTD; teikit never loads "
                     "DTDs (remove the SYSTEM/PUBLIC identifier)", "external-dtd", line)
    subset_start = text.find("[", m.end() - 1)
    subset_end = text.find("]>", subset_start) if subset_start >= 0 else -1
    if subset_start < 0 or subset_end < 0 or text.find(">", m.end()) < subset_start:
        return False
    subset = text[subset_start:subset_end]
    entities: dict[str, str] = {}
    for e in ENTITY_DECL.finditer(subset):
        eline = line + subset[:e.start()].count("\n")
        if e.group("pe"):
            raise refuse(name, f"parameter entity %{e.group('name')} declared; teikit does "
                         "not process parameter entities", "parameter-entity", eline)
        if e.group("ext"):
            raise refuse(name, f"external entity &{e.group('name')}; points outside the "
                         "document; teikit never reads external entities", "external-entity",
                         eline)
        if e.group("ndata"):
            raise refuse(name, f"unparsed entity &{e.group('name')}; is not allowed",
                         "external-entity", eline)
        value = e.group("value")
        if any(r.group("name") not in PREDEFINED for r in GENERAL_REF.finditer(value)) \
                or "<" in value:
            raise refuse(name, f"entity &{e.group('name')}; is defined through other "
                         "entities or markup (the shape of an entity bomb); refused",
                         "entity-expansion", eline)
        entities[e.group("name")] = value
    if subset.count("<!ENTITY") != len(entities):
        raise refuse(name, "entity declarations teikit cannot check; refused",
                     "entity-expansion", line)
    if not entities:
        return False
    body = text[subset_end:]
    total = 0
    for ref in GENERAL_REF.finditer(body):
        total += len(entities.get(ref.group("name"), ""))
        if total > MAX_ENTITY_EXPANSION:
            raise refuse(name, f"entities would expand to more than "
                         f"{MAX_ENTITY_EXPANSION // 2**20} MB of text (an entity bomb); "
                         "refused", "entity-expansion", line)
    return True


def _first_tag(data: bytes) -> int:
    """Where the first ``<`` stands that is not a whole PI or comment (the root element's
    start, or a DOCTYPE): a DOCTYPE after it is inside the document, which
    :func:`_root_starts_before` says, so the search for one can stop there."""
    pos = 0
    while True:
        lt = data.find(b"<", pos)
        if lt < 0:
            return len(data)
        if data.startswith(b"<?", lt):
            close, end = data.find(b"?>", lt + 2), 2
        elif data.startswith(b"<!--", lt):
            close, end = data.find(b"-->", lt + 4), 3
        else:
            return lt
        if close < 0:                     # not closed: the regular search decides
            return lt
        pos = close + end


def _root_starts_before(text: str, offset: int) -> bool:
    """True when the DOCTYPE found is inside the document (e.g. in a comment or text)."""
    prolog = re.sub(r"<\?.*?\?>|<!--.*?-->", "", text[:offset], flags=re.S)
    return "<" in prolog.strip()


ASCII_ENCODINGS = re.compile(rb"""^(?:\xef\xbb\xbf)?(?:<\?xml[^>]*?encoding\s*=\s*["']\s*"""
                             rb"""(?:utf-?8|us-ascii|ascii|iso-8859-\d+|latin-?\d|windows-125\d|"""
                             rb"""cp125\d)\s*["']|<\?xml(?![^>]*encoding)|\s*<(?!\?xml))""", re.I)


def _ascii_compatible(data: bytes) -> bool:
    """True when ASCII text stands in *data* as ASCII bytes (UTF-8 and the like), so a byte
    search can rule out a construct; False for UTF-16/32 and anything unusual."""
    return bool(ASCII_ENCODINGS.match(data[:200]))


def _check_tree(tree, name: str, data: bytes | None = None) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    root = tree.getroot()
    inner = []                            # one walk for XInclude elements and PIs inside
    for el in root.iter(f"{{{XINCLUDE_NS}}}*", etree.ProcessingInstruction):
        if not isinstance(el, etree._ProcessingInstruction):
            raise refuse(name, "XInclude (xi:include) is not processed by teikit: it could "
                         "pull in other files; resolve it yourself if you trust the source",
                         "xinclude", el.sourceline)
        inner.append(el)
    for pi in [*_prolog_pis(root), *inner]:
        if pi.target in ("xml-model", "xml-stylesheet"):
            notes.append(Diagnostic(name, pi.sourceline, None, "info",
                                    f"<?{pi.target}?> is ignored; nothing it points to is "
                                    "fetched", "ignored-pi"))
    # XPath, not a Python loop over every element: this runs on every file teikit reads;
    # skipped when the bytes cannot contain the attribute at all.
    located = (SCHEMA_LOCATED(root) if data is None or not _ascii_compatible(data)
               or b"schemaLocation" in data else [])
    for el in located:
        notes.append(Diagnostic(name, el.sourceline, None, "info",
                                "xsi:schemaLocation is ignored; the schema it names is "
                                "not fetched", "ignored-schema-location"))
    return notes


SCHEMA_LOCATED = etree.XPath(
    "(//*[@xsi:schemaLocation or @xsi:noNamespaceSchemaLocation])[1]",
    namespaces={"xsi": XSI_NS})


def _prolog_pis(root):
    """The processing instructions before the root element, nearest first."""
    node = root.getprevious()
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction):
            yield node
        node = node.getprevious()


FRIENDLY = [
    (re.compile(r"Start tag expected|Document is empty", re.I),
     "not an XML document (no root element)"),
    (re.compile(r"Premature end of data|EndTag: '</' not found|expected '>'", re.I),
     "the document ends too early (truncated?): {msg}"),
    (re.compile(r"Input is not proper UTF-8|not proper UTF-8|Invalid bytes in character "
                r"encoding|Char 0x[0-9A-F]+ out of allowed range", re.I),
     "bytes that are not valid {encoding}: the encoding declaration does not match the "
     "file (re-save it as UTF-8, or correct the declaration)"),
    (re.compile(r"Excessive depth|Maximum depth", re.I),
     "elements are nested too deeply (more than libxml2's safe limit); refused"),
    (re.compile(r"huge|xmlSAX2Characters|too long|Resource limit", re.I),
     "a name or value beyond libxml2's limits; refused: {msg}"),
    (re.compile(r"amplification|Detected an entity reference loop|entity.*loop", re.I),
     "entity expansion beyond safe limits (an entity bomb); refused"),
]


def _declared_encoding(data: bytes) -> str:
    m = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", data[:200])
    return m.group(1).decode().upper() if m else "UTF-8"


def _friendly(msg: str, encoding: str = "UTF-8") -> str:
    msg = re.sub(r",\s*line \d+, column \d+\s*$", "", msg.strip())
    msg = " ".join(msg.split())               # libxml2's messages may hold line ends
    for pattern, text in FRIENDLY:
        if pattern.search(msg):
            return text.format(msg=msg, encoding=encoding)
    return f"not well-formed XML: {msg}"

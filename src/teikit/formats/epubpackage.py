"""An EPUB's package, read safely: the zip checked before anything is unpacked (its size,
its ratio to what it packs, the number of its entries; an encrypted entry refused), the
container's rootfile, the OPF's metadata, manifest, spine and guide, each read with
teikit's one safe XML parser, and every address inside the package resolved against the
file that names it, never outside the package."""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from ..diagnostics import TeikitError, fail
from ..safexml import parse_bytes
from .docx import MAX_RATIO, MAX_UNPACKED
from .packages import UNPACK_ERRORS

MAX_ENTRIES = 10_000             # a book of a thousand chapters has a few thousand entries
MAX_ITEM = 64 * 1024 * 1024      # one content document
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
XHTML_TYPES = ("application/xhtml+xml", "text/html", "application/xml", "text/xml")


@dataclass
class Item:
    ident: str
    path: str                    # inside the zip, resolved
    media_type: str
    properties: set[str] = field(default_factory=set)


@dataclass
class Package:
    name: str
    zip: zipfile.ZipFile
    opf_path: str
    metadata: list[tuple[str, str, dict]] = field(default_factory=list)  # (local, text, attrs)
    refines: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # id -> (prop, v)
    manifest: dict[str, Item] = field(default_factory=dict)             # id -> item
    by_path: dict[str, Item] = field(default_factory=dict)
    spine: list[tuple[Item, bool]] = field(default_factory=list)        # (item, linear)
    guide: dict[str, str] = field(default_factory=dict)                 # path -> type
    encrypted: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)                   # (warnings)

    def read(self, path: str) -> bytes:
        """An entry's bytes (checked: not encrypted, not larger than an item may be)."""
        info = self.zip.getinfo(path)
        if info.flag_bits & 0x1 or path in self.encrypted:
            raise fail(self.name, f"the EPUB's {path} is encrypted (DRM): its text cannot be "
                       "read", "encrypted")
        if info.file_size > MAX_ITEM:
            raise fail(self.name, f"the EPUB's {path} unpacks to {info.file_size} bytes; "
                       f"refused (an item may hold {MAX_ITEM // 2**20} MB)", "too-large")
        return _unpack(self.name, self.zip, info)

    def resolve(self, base: str, href: str) -> tuple[str, str] | None:
        """(path in the package, fragment) of *href* written in the file *base*; None for an
        address outside the package (another site, or a path that climbs out of it)."""
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or "\\" in href:
            return None
        if not parts.path:
            return base, unquote(parts.fragment)
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(base),
                                                   unquote(parts.path)))
        if joined.startswith(("../", "/")) or joined == "..":
            return None
        return joined, unquote(parts.fragment)


def open_package(name: str, data: bytes) -> Package:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        raise fail(name, "not an EPUB: the zip package cannot be read", "not-epub") from None
    if len(infos) > MAX_ENTRIES:
        raise fail(name, f"the EPUB holds {len(infos)} entries; refused (at most "
                   f"{MAX_ENTRIES})", "too-large")
    unpacked = sum(info.file_size for info in infos)
    packed = max(sum(info.compress_size for info in infos), 1)
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * packed + 1024 * 1024:
        raise fail(name, f"the EPUB unpacks to {unpacked} bytes from {len(data)}; refused as "
                   "a zip bomb", "too-large")
    names = {info.filename for info in infos}
    package = Package(name, archive, _rootfile(name, archive, names))
    if "META-INF/encryption.xml" in names:
        package.encrypted = _encrypted(package)
    _read_opf(package, names)
    return package


def _unpack(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        return archive.read(info)
    except UNPACK_ERRORS as exc:
        raise fail(name, f"not a readable EPUB: its {info.filename} cannot be unpacked "
                   f"({exc})", "not-epub") from None


def _xml(name: str, data: bytes, what: str):
    try:
        return parse_bytes(data, name).root
    except TeikitError as exc:
        raise fail(name, f"not a readable EPUB: its {what} is not well-formed XML "
                   f"({exc.diagnostic.message})", "not-epub") from None


def _rootfile(name: str, archive: zipfile.ZipFile, names: set[str]) -> str:
    """The package document: container.xml's first rootfile; without one, the only .opf."""
    if "META-INF/container.xml" in names:
        info = archive.getinfo("META-INF/container.xml")
        if info.file_size <= MAX_ITEM:
            root = _xml(name, _unpack(name, archive, info), "META-INF/container.xml")
            for rootfile in root.iter(f"{CONTAINER}rootfile"):
                path = posixpath.normpath(unquote(rootfile.get("full-path") or ""))
                if path in names and not path.startswith(("../", "/")):
                    return path
    opfs = sorted(n for n in names if n.casefold().endswith(".opf"))
    if len(opfs) == 1:
        return opfs[0]
    raise fail(name, "not an EPUB: no package document (META-INF/container.xml names none "
               "that the zip holds)", "not-epub")


def _encrypted(package: Package) -> set[str]:
    """The entries META-INF/encryption.xml lists (a font obfuscated by the IDPF's algorithm
    is one; a content document listed there is under DRM)."""
    root = _xml(package.name, _unpack(package.name, package.zip,
                                      package.zip.getinfo("META-INF/encryption.xml")),
                "META-INF/encryption.xml")
    return {posixpath.normpath(unquote(ref.get("URI") or "").lstrip("/"))   # (from the root)
            for ref in root.iter("{http://www.w3.org/2001/04/xmlenc#}CipherReference")}


def _read_opf(package: Package, names: set[str]) -> None:
    name = package.name
    root = _xml(name, package.read(package.opf_path), package.opf_path)
    if root.tag != f"{OPF}package":
        raise fail(name, f"not an EPUB: {package.opf_path} is not an OPF package document",
                   "not-epub")
    metadata = root.find(f"{OPF}metadata")
    for el in (metadata.iter() if metadata is not None else []):
        if not isinstance(el.tag, str) or el is metadata:
            continue
        text = " ".join("".join(el.itertext()).split())
        local = el.tag.rsplit("}", 1)[-1]
        attrs = {k.rsplit("}", 1)[-1]: v for k, v in el.attrib.items()}
        if el.tag.startswith(DC) and text:
            package.metadata.append((local, text, attrs))
        elif local == "meta" and attrs.get("refines", "").startswith("#") and text:
            package.refines.setdefault(attrs["refines"][1:], []).append(
                (attrs.get("property", ""), text))
    manifest = root.find(f"{OPF}manifest")
    for el in (manifest if manifest is not None else []):
        if el.tag != f"{OPF}item" or not el.get("id") or not el.get("href"):
            continue
        resolved = package.resolve(package.opf_path, el.get("href"))
        if resolved is None:
            package.problems.append(f"the manifest's {el.get('href')!r} is outside the "
                                    "package; not read")
            continue
        item = Item(el.get("id"), resolved[0], (el.get("media-type") or "").casefold(),
                    set((el.get("properties") or "").split()))
        package.manifest[item.ident] = item
        if item.path in names:       # (one the zip lacks is never read: see the spine's)
            package.by_path.setdefault(item.path, item)
    spine = root.find(f"{OPF}spine")
    for ref in (spine if spine is not None else []):
        if ref.tag != f"{OPF}itemref":
            continue
        found = package.manifest.get(ref.get("idref") or "")
        if found is None:
            package.problems.append(f"the spine names {ref.get('idref')!r}, which the "
                                    "manifest does not hold")
            continue
        if found.path not in names:
            package.problems.append(f"the spine's {found.path} is not in the package")
            continue
        package.spine.append((found, (ref.get("linear") or "yes") != "no"))
    guide = root.find(f"{OPF}guide")
    for ref in (guide if guide is not None else []):
        resolved = package.resolve(package.opf_path, ref.get("href") or "") \
            if ref.tag == f"{OPF}reference" else None
        if resolved is not None and ref.get("type"):
            package.guide.setdefault(resolved[0], ref.get("type").casefold())
    if not package.spine:
        raise fail(name, "not a readable EPUB: its spine names no content document that the "
                   "package holds", "not-epub")


XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*\bencoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XHTML item's XML declaration names, when it is not UTF-8 (the
    default, and what a byte-order mark says is taken as it is)."""
    m = XML_ENCODING.match(data[:200])
    if not m or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None
    codec = m.group(1).decode("ascii").casefold()
    try:
        b"x".decode(codec, "replace")   # (a name Python does not know, or rot13: UTF-8)
    except LookupError:
        return None
    return None if codec in ("utf-8", "utf8") else codec

"""The schemas teikit validates against, each compiled once per process.

* ``teikit``: teikit.rng with lxml decides quickly whether a master is valid; only when it
  is not does xmlschema, with teikit.xsd, list every problem (it reports them all, with
  the parts needed to explain them, where libxml2 often stops at the first).
* ``tei-all``: TEI P5 4.7.0's TEI-All, shipped with teikit (:mod:`teikit.validate.teiall`),
  or the release file ``TEIKIT_TEI_ALL`` names; ``tei-lite``: found through
  ``TEIKIT_TEI_LITE`` or in the user cache filled by ``teikit schema fetch``. Both are
  checked by :class:`PrunedRelaxNG`: compiled for the element names a run needs, every
  error of an invalid file found by derivatives.
* a FILE: ``.rng`` (lxml) or ``.xsd`` (xmlschema, fetching nothing outside its folder).

Schemas are XML too: they are read with the safe parser, and a RELAX NG grammar may
include only files beside it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from ..diagnostics import Exit, TeikitError, fail
from ..fileio import atomic_write, make_folder
from ..safexml import parse_bytes, parse_file
from . import messages
from .findings import Finding

if TYPE_CHECKING:
    from .derive import Grammar

# teikit's own schemas: package data (src/teikit/schema), read as resources (a Traversable:
# SCHEMA_DIR, made when first used, since importlib.resources takes 5 ms to load, and TEI
# from elsewhere does not need it)
def _schema_dir():
    from importlib import resources
    return resources.files("teikit") / "schema"


def __getattr__(name: str):
    if name == "SCHEMA_DIR":
        return _schema_dir()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


RNG_NS = "http://relaxng.org/ns/structure/1.0"
MAX_SCHEMA_BYTES = 50 * 2**20


@dataclass(frozen=True)
class Release:
    """A TEI release schema: where the TEI Consortium publishes it, and its checksum."""

    name: str
    filename: str
    version: str
    url: str
    sha256: str
    env: str

    def cached(self) -> Path:
        return cache_dir() / "tei" / f"p5-{self.version}" / self.filename


VAULT = "https://www.tei-c.org/Vault/P5/{v}/xml/tei/custom/schema/relaxng/{f}"
RELEASES = {
    "tei-all": Release("tei-all", "tei_all.rng", "4.7.0",
                       VAULT.format(v="4.7.0", f="tei_all.rng"),
                       "21c2c8d5fca5e65250b668dafbd3364d8a1163afc2d18bc523bae9b5a93bdc5d",
                       "TEIKIT_TEI_ALL"),
    "tei-lite": Release("tei-lite", "tei_lite.rng", "4.7.0",
                        VAULT.format(v="4.7.0", f="tei_lite.rng"),
                        "f948f12601178dda75cb032f46d0752ca31b98bee74ef33fb5d6be463c4c0bba",
                        "TEIKIT_TEI_LITE"),
}


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "teikit"


def usage(message: str, code: str = "schema-missing") -> TeikitError:
    return fail("teikit", message, code, exit_code=Exit.USAGE)


def locate(name: str) -> Path:
    """The file of a TEI release schema: $TEIKIT_TEI_ALL (or _LITE), else the user cache."""
    release = RELEASES[name]
    env = os.environ.get(release.env)
    if env:
        path = Path(env).expanduser()
        if not path.is_file():
            raise usage(f"{release.env}={env} names no file; point it to {release.filename}")
        return path
    if release.cached().is_file():
        return release.cached()
    raise usage(f"the {name} schema is not installed: run `teikit schema fetch {name}` "
                f"(downloads TEI P5 {release.version} from the TEI Consortium, checksum "
                f"checked), set {release.env} to a copy of {release.filename}, or give "
                "--schema FILE")


# ----------------------------------------------------------------------------- fetch

def fetch(name: str, url: str | None = None) -> Path:
    """Download a TEI release schema into the user cache, checking its pinned checksum.

    *url* replaces the TEI Consortium's address (a mirror, or a file: URL); the file must
    still be the release file. Only http(s) and file URLs are opened."""
    import hashlib
    import urllib.parse
    import urllib.request  # only here: loading it costs start-up time
    release = RELEASES[name]
    url = url or release.url
    scheme = urllib.parse.urlparse(url).scheme
    if scheme not in ("https", "http", "file"):
        raise usage(f"cannot fetch {url!r}: only https, http and file URLs", "fetch")
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            data = response.read(MAX_SCHEMA_BYTES + 1)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise fail(url, f"cannot download the {name} schema: {reason}", "fetch",
                   exit_code=Exit.UNREADABLE) from None
    if len(data) > MAX_SCHEMA_BYTES:
        raise fail(url, "the download is larger than any TEI schema; refused", "fetch",
                   exit_code=Exit.UNREADABLE)
    digest = hashlib.sha256(data).hexdigest()
    if digest != release.sha256:
        raise fail(url, f"checksum mismatch: got sha256 {digest}, expected {release.sha256} "
                   f"(TEI P5 {release.version} {release.filename}); nothing was saved",
                   "checksum", exit_code=Exit.UNREADABLE)
    parse_bytes(data, url)                        # it must be XML teikit can read safely
    target = release.cached()
    make_folder(target.parent)
    atomic_write(target, data)
    return target


# ----------------------------------------------------------------------------- engines

class TeikitSchema:
    """teikit.rng (lxml) for the verdict, teikit.xsd (xmlschema) for the full list."""

    label = "teikit"

    def __init__(self):
        rng = _schema_dir() / "teikit.rng"
        self.rng = etree.RelaxNG(parse_bytes(rng.read_bytes(), str(rng)).tree)
        self._xsd = None

    @property
    def xsd(self):
        if self._xsd is None:
            from importlib import resources

            import xmlschema  # 0.1 s to import, 0.3 s to build: only for invalid files
            with resources.as_file(_schema_dir() / "teikit.xsd") as xsd:  # built right here
                self._xsd = xmlschema.XMLSchema(str(xsd), allow="sandbox", defuse="always")
        return self._xsd

    def xsd_errors(self, tree) -> list:
        """xmlschema's own errors for *tree* (what the messages are made from)."""
        return list(self.xsd.iter_errors(_resource(tree)))

    def findings(self, tree, names=None) -> list[Finding]:
        if self.rng.validate(tree):
            return []
        model = messages.teikit_model()
        found = [f for f in (messages.from_xmlschema(e, model) for e in self.xsd_errors(tree))
                 if f is not None]
        if not found:      # the two schemas disagree (a bug): still say what RNG found
            found = [f for f in messages.from_libxml2(self.rng.error_log, tree.getroot(),
                                                      self.label) if "ID" not in f.message]
        return messages.drop_consequences(found)


class PrunedRelaxNG:
    """A RELAX NG grammar (TEI-All above all) compiled for the names at hand.

    For the verdict, libxml2 compiles the grammar pruned to the element and attribute
    names of the files seen so far (:func:`teikit.validate.rng.prune`: the same verdict as
    the whole grammar, 5 ms to compile instead of 12 s); the compiled grammar is kept by
    name set and grows with the files of a run. For an invalid file,
    :mod:`teikit.validate.derive` then checks it against the whole grammar and reports
    every error, as jing does."""

    def __init__(self, grammar: dict, label: str):
        self.grammar = grammar
        self.label = label
        self.names: frozenset[tuple[str, str]] = frozenset()
        self.attributes: frozenset[tuple[str, str]] = frozenset()
        self.rng: etree.RelaxNG | None = None
        self.closed = False      # the compiled grammar names every element and attribute
        self._compiled: dict[tuple[frozenset, frozenset], tuple[etree.RelaxNG, bool]] = {}
        self._checker_grammar: Grammar | None = None

    def compiled_for(self, names: set[tuple[str, str]],
                     attributes: set[tuple[str, str]]) -> etree.RelaxNG:
        """libxml2's compiled grammar for a superset of the element *names* and the
        attribute names *attributes*."""
        if self.rng is None or not (names <= self.names and attributes <= self.attributes):
            key = (frozenset(names | self.names), frozenset(attributes | self.attributes))
            if key not in self._compiled:
                from . import rng
                pruned = rng.prune(self.grammar, *key)
                xml = rng.to_xml(pruned, inline=True)
                self._compiled[key] = (etree.RelaxNG(etree.fromstring(xml.encode())),
                                       not rng.open_names(pruned))
            (self.names, self.attributes), (self.rng, self.closed) = key, self._compiled[key]
        return self.rng

    def valid_as_compiled(self, tree) -> tuple[frozenset, frozenset] | None:
        """When *tree* is valid against the grammar compiled so far (then it is valid:
        pruning only removes), and that grammar has no open name class: names that
        include all of the document's (element names, attribute names), found without a
        walk over the document; None otherwise."""
        if self.rng is None or not self.closed or not self.rng.validate(tree):
            return None
        return self.names, self.attributes

    def validate(self, tree) -> bool:
        """The verdict alone, like lxml's RelaxNG.validate (then see error_log)."""
        root = tree.getroot() if hasattr(tree, "getroot") else tree
        return self.compiled_for(*document_names(root)).validate(tree)

    @property
    def error_log(self):
        return self.rng.error_log if self.rng is not None else []

    def findings(self, tree, names=None) -> list[Finding]:
        """Every error of *tree*; *names*: its (element names, attribute names), when the
        caller has them already (:func:`document_names`)."""
        root = tree.getroot()
        compiled = self.compiled_for(*(names or document_names(root)))
        if compiled.validate(tree):
            return []
        from . import derive, wording
        if self._checker_grammar is None:
            self._checker_grammar = derive.Grammar(self.grammar)
        problems = derive.Checker(self._checker_grammar).check(root)
        found = [f for p in problems for f in wording.finding(p)]
        if found:
            return found
        # libxml2 and the derivative check disagree (a bug): still say what libxml2 found
        return messages.from_libxml2(compiled.error_log, root, self.label) or [
            Finding(f"not valid against {self.label}", messages.SCHEMA, line=1)]


def document_names(root) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The element names and the attribute names of a document, each as (namespace,
    local name), in one walk over its elements."""
    tags: set[str] = set()
    keys: set[str] = set()
    for el in root.iter(etree.Element):
        tags.add(el.tag)
        attrib = el.attrib
        if attrib:
            keys.update(attrib.keys())
    return {_split(t) for t in tags}, {_split(k) for k in keys}


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        return ns, local
    return "", tag


def read_grammar(path: Path) -> dict | None:
    """A RELAX NG file as a grammar teikit can prune (None when it uses what teikit's
    reader does not support: includes, nested grammars)."""
    from . import rng
    tree = parse_file(path).tree
    try:
        return rng.read(tree.getroot())
    except rng.GrammarError:
        return None


class RelaxNGSchema:
    def __init__(self, path: Path, label: str):
        self.label = label
        tree = parse_file(path).tree
        _check_includes(tree, path)
        try:
            self.rng = etree.RelaxNG(tree)
        except etree.RelaxNGParseError as exc:
            raise fail(str(path), f"not a usable RELAX NG schema: {exc}", "bad-schema",
                       exit_code=Exit.USAGE) from None

    def findings(self, tree, names=None) -> list[Finding]:
        if self.rng.validate(tree):
            return []
        return messages.from_libxml2(self.rng.error_log, tree.getroot(), self.label) or [
            Finding(f"not valid against {self.label}", messages.SCHEMA, line=1)]


class XsdSchema:
    def __init__(self, path: Path, label: str):
        import xmlschema
        self.label = label
        parse_file(path)                    # refuse hostile XML before xmlschema reads it
        try:
            self.xsd = xmlschema.XMLSchema(str(path), allow="sandbox", defuse="always")
        except (xmlschema.XMLSchemaException, OSError) as exc:
            raise fail(str(path), f"not a usable XML Schema: {exc}", "bad-schema",
                       exit_code=Exit.USAGE) from None

    def findings(self, tree, names=None) -> list[Finding]:
        return [f for f in (messages.from_xmlschema(e)
                            for e in self.xsd.iter_errors(_resource(tree))) if f is not None]


def _resource(tree):
    """The parsed document for xmlschema, which may then open nothing (no schemaLocation
    hints, no other resources)."""
    import xmlschema
    return xmlschema.XMLResource(tree, allow="none")


def _check_includes(tree, path: Path) -> None:
    """A RELAX NG grammar may include files beside it, nothing else (libxml2 would load
    them itself, outside the safe parser)."""
    import urllib.parse
    folder = path.resolve().parent
    for el in tree.iter(f"{{{RNG_NS}}}include", f"{{{RNG_NS}}}externalRef"):
        href = el.get("href", "")
        parsed = urllib.parse.urlparse(href)
        target = (folder / href).resolve()
        if parsed.scheme or not target.is_relative_to(folder):
            raise fail(str(path), f"the schema includes {href!r}, outside its folder; "
                       "teikit only follows includes of files beside the schema",
                       "schema-include", el.sourceline, exit_code=Exit.USAGE)
        parse_file(target)


_ENGINES: dict[str, object] = {}


def engine(schema: str):
    """The compiled schema for 'teikit', 'tei-all', 'tei-lite' or a file path; compiled
    once per process (worker processes inherit it)."""
    if schema not in _ENGINES:
        if schema == "teikit":
            _ENGINES[schema] = TeikitSchema()
        elif schema == "tei-all" and not os.environ.get(RELEASES[schema].env):
            from . import teiall
            _ENGINES[schema] = PrunedRelaxNG(teiall.load()["grammar"], "TEI-All")
        elif schema in RELEASES:
            path = locate(schema)
            label = "TEI-All" if schema == "tei-all" else f"TEI-{schema[4:].capitalize()}"
            grammar = read_grammar(path)
            _ENGINES[schema] = PrunedRelaxNG(grammar, label) if grammar is not None \
                else RelaxNGSchema(path, label)
        else:
            path = Path(schema)
            if not path.is_file():
                raise usage(f"--schema {schema}: no such file; give teikit, tei-all, "
                            "tei-lite or the path of a .rng or .xsd file", "usage")
            if path.suffix.lower() == ".xsd":
                _ENGINES[schema] = XsdSchema(path, path.name)
            elif path.suffix.lower() == ".rng":
                tree = parse_file(path).tree
                _check_includes(tree, path)
                grammar = read_grammar(path)
                _ENGINES[schema] = PrunedRelaxNG(grammar, path.name) if grammar is not None \
                    else RelaxNGSchema(path, path.name)
            else:
                raise usage(f"--schema {schema}: give a RELAX NG (.rng) or XML Schema "
                            "(.xsd) file", "usage")
    return _ENGINES[schema]

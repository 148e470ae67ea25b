"""RELAX NG grammars as data: read the full syntax, simplify it, prune it to the element
names a run needs, and write the pruned grammar back as RELAX NG for libxml2.

Why: libxml2 compiles all of TEI-All (591 elements) in 8–12 s on every run, although a
file uses a few dozen of its elements. Pruning keeps the language of the files at hand:

* A document whose element names all lie in a set S matches a grammar exactly when it
  matches the grammar in which every ``<element>`` whose name is not in S is replaced by
  ``notAllowed`` (such an element pattern can match no element of the document). So the
  pruned grammar gives the same verdict as the whole one for every file whose names are
  in S, and pruning for the union of a run's files (or for any superset) is as exact as
  pruning for each file.
* Only *element* patterns are pruned, by their name class: ``<name>`` (namespace and local
  name both compared), or a choice of names. Elements with ``anyName`` or ``nsName``
  (TEI's ``xenoData`` and ``egXML`` content) are always kept.
* *Attribute* patterns are pruned the same way when the attribute names of the files are
  given: an ``<attribute>`` whose names are not among them can match no attribute of the
  documents, so it becomes ``notAllowed`` (an optional one then simply goes away, a
  required one makes its element unmatchable, as it is for these documents). TEI gives
  every element some 40 optional attributes (``att.global`` and its kin) of which a file
  uses a handful; libxml2 tries each one on every element, so this halves its time.
* ``notAllowed`` is then simplified away as RELAX NG §4.20 says (a choice loses the
  branch; a group, interleave, oneOrMore, list or attribute holding it becomes
  ``notAllowed``), and defines no longer reachable from ``start`` are dropped. Without
  this step libxml2 checks 17× slower.

The grammar is kept as nested lists (JSON), in a normal form made by :func:`read`:

    ["element", NC, P]             only as the body of an element define
    ["ref", NAME]                  ["choice", P, …]  ["group", P, …]  ["interleave", P, …]
    ["oneOrMore", P]  ["list", P]  ["empty"]  ["notAllowed"]  ["text"]
    ["attribute", NC, P]           ["data", TYPE, {param: value}, EXCEPT-or-null]
    ["value", TYPE, VALUE, NS]     TYPE is "xsd:token" (XML Schema) or "token" (built-in)
    NC: ["name", NS, LOCAL]  ["anyName", EXCEPT-or-null]  ["nsName", NS, EXCEPT-or-null]
        ["choice", NC, …]

``optional``, ``zeroOrMore`` and ``mixed`` become choices with ``empty`` and interleaves
with ``text``; every name has its namespace; annotations are gone. Defines stay shared
(as in TEI's own grammar, so the data stays small); a define holding exactly one element
is an *element define*, the unit of pruning.
"""
from __future__ import annotations

import json

RNG_NS = "http://relaxng.org/ns/structure/1.0"
XSD_LIB = "http://www.w3.org/2001/XMLSchema-datatypes"
R = f"{{{RNG_NS}}}"

EMPTY = ["empty"]
NOT_ALLOWED = ["notAllowed"]


class GrammarError(ValueError):
    pass


# ----------------------------------------------------------------------------- reading

def read(root) -> dict:
    """A full-syntax RELAX NG ``<grammar>`` (an lxml element, one file, no includes) as
    {"start": P, "defines": {name: P}}, simplified, unreachable defines dropped."""
    if root.tag != R + "grammar":
        raise GrammarError("the schema is not a RELAX NG <grammar>")
    reader = _Reader()
    start = []
    for el in _rng_children(root, flatten_div=True):
        name = _local(el)
        if name == "define":
            if el.get("combine"):
                raise GrammarError("combine= is not supported")
            reader.raw[el.get("name")] = el
        elif name == "start":
            start.append(el)
        elif name in ("include", "externalRef"):
            raise GrammarError(f"<{name}> is not supported: give a single-file grammar")
    if len(start) != 1:
        raise GrammarError("the grammar needs exactly one <start>")
    start_pattern = reader.group(start[0], _ns(start[0]), _lib(start[0]))
    for name in list(reader.raw):
        reader.define(name)
    grammar = {"start": start_pattern, "defines": reader.defines}
    return simplify_grammar(grammar)


def _local(el) -> str:
    return el.tag.split("}", 1)[1] if isinstance(el.tag, str) and el.tag.startswith("{") \
        else str(el.tag)


def _rng_children(el, flatten_div=False):
    for c in el:
        if not isinstance(c.tag, str) or not c.tag.startswith(R):
            continue                                   # annotations, comments
        if flatten_div and c.tag == R + "div":
            yield from _rng_children(c, True)
        else:
            yield c


def _ns(el) -> str:
    node = el
    while node is not None:
        if isinstance(node.tag, str) and node.get("ns") is not None and node.tag.startswith(R):
            return node.get("ns")
        node = node.getparent()
    return ""


def _lib(el) -> str:
    node = el
    while node is not None:
        if isinstance(node.tag, str) and node.get("datatypeLibrary") is not None:
            return node.get("datatypeLibrary")
        node = node.getparent()
    return ""


class _Reader:
    def __init__(self):
        self.raw: dict[str, object] = {}
        self.defines: dict[str, list] = {}
        self.busy: set[str] = set()
        self.counter = 0

    def define(self, name: str) -> None:
        if name in self.defines:
            return
        el = self.raw.get(name)
        if el is None:
            raise GrammarError(f"<ref name={name!r}> names no define")
        kids = list(_rng_children(el))
        if len(kids) == 1 and _local(kids[0]) == "element":
            self.defines[name] = self.element(kids[0], name)
        else:
            self.defines[name] = self.group(el, _ns(el), _lib(el))

    def element(self, el, define_name: str) -> list:
        ns, lib = _ns(el), _lib(el)
        kids = list(_rng_children(el))
        if el.get("name") is not None:
            nc = self.qname(el, el.get("name").strip(), ns)
        else:
            nc, kids = self.name_class(kids[0], ns), kids[1:]
        return ["element", nc, self.seq(kids, ns, lib, "group")]

    def qname(self, el, name: str, ns: str) -> list:
        if ":" in name:
            prefix, local = name.split(":", 1)
            uri = el.nsmap.get(prefix) if prefix != "xml" else \
                "http://www.w3.org/XML/1998/namespace"
            if uri is None:
                raise GrammarError(f"undeclared prefix in {name!r}")
            return ["name", uri, local]
        return ["name", ns, name]

    def name_class(self, el, ns: str) -> list:
        kind = _local(el)
        if kind == "name":
            return self.qname(el, (el.text or "").strip(), _ns(el))
        if kind in ("anyName", "nsName"):
            exc = [c for c in _rng_children(el) if _local(c) == "except"]
            except_nc = None
            if exc:
                parts = [self.name_class(c, ns) for c in _rng_children(exc[0])]
                except_nc = parts[0] if len(parts) == 1 else ["choice", *parts]
            return ["anyName", except_nc] if kind == "anyName" else \
                ["nsName", _ns(el), except_nc]
        if kind == "choice":
            return ["choice", *(self.name_class(c, ns) for c in _rng_children(el))]
        raise GrammarError(f"<{kind}> is not a name class")

    def seq(self, kids, ns, lib, kind) -> list:
        parts = [self.pattern(k, _ns(k), _lib(k)) for k in kids]
        if not parts:
            return EMPTY
        return parts[0] if len(parts) == 1 else [kind, *parts]

    def group(self, el, ns, lib) -> list:
        return self.seq(list(_rng_children(el)), ns, lib, "group")

    def pattern(self, el, ns, lib) -> list:
        kind = _local(el)
        kids = list(_rng_children(el))
        if kind == "element":
            self.counter += 1
            name = f"_e{self.counter}"
            self.defines[name] = self.element(el, name)
            return ["ref", name]
        if kind == "ref":
            name = el.get("name").strip()
            if name not in self.raw:
                raise GrammarError(f"<ref name={name!r}> names no define")
            return ["ref", name]
        if kind in ("group", "choice", "interleave"):
            return self.seq(kids, ns, lib, kind)
        if kind == "optional":
            return ["choice", self.seq(kids, ns, lib, "group"), EMPTY]
        if kind == "zeroOrMore":
            return ["choice", ["oneOrMore", self.seq(kids, ns, lib, "group")], EMPTY]
        if kind == "oneOrMore":
            return ["oneOrMore", self.seq(kids, ns, lib, "group")]
        if kind == "mixed":
            return ["interleave", ["text"], self.seq(kids, ns, lib, "group")]
        if kind == "list":
            return ["list", self.seq(kids, ns, lib, "group")]
        if kind in ("empty", "notAllowed", "text"):
            return [kind]
        if kind == "attribute":
            if el.get("name") is not None:
                name = el.get("name").strip()
                nc = self.qname(el, name, el.get("ns") or "") if ":" in name else \
                    ["name", el.get("ns") or "", name]
            else:
                nc, kids = self.name_class(kids[0], ns), kids[1:]
            content = self.seq(kids, ns, lib, "group") if kids else ["text"]
            return ["attribute", nc, content]
        if kind == "data":
            params = {p.get("name"): p.text or "" for p in kids if _local(p) == "param"}
            exc = [c for c in kids if _local(c) == "except"]
            except_p = self.seq(list(_rng_children(exc[0])), ns, lib, "choice") if exc else None
            return ["data", _type(lib, el.get("type").strip()), params, except_p]
        if kind == "value":
            if el.get("type") is None:
                typ = "token"
            else:
                typ = _type(lib, el.get("type").strip())
            return ["value", typ, el.text or "", ns]
        if kind in ("parentRef", "grammar", "externalRef", "include"):
            raise GrammarError(f"<{kind}> is not supported")
        raise GrammarError(f"unknown RELAX NG element <{kind}>")


def _type(lib: str, name: str) -> str:
    if lib == XSD_LIB:
        return "xsd:" + name
    if lib == "":
        if name not in ("string", "token"):
            raise GrammarError(f"unknown built-in datatype {name!r}")
        return name
    raise GrammarError(f"unsupported datatype library {lib!r}")


# ----------------------------------------------------------------------------- simplifying

class _Simplifier:
    """§4.20 on a grammar, with some element defines removed (replaced by notAllowed), and,
    when *attributes* is a set of (ns, local) names, every attribute pattern that can match
    none of them."""

    def __init__(self, defines: dict, removed=frozenset(), attributes=None):
        self.source = defines
        self.removed = removed
        self.attributes = attributes
        self.done: dict[str, list] = {}
        self.busy: set[str] = set()

    def ref(self, name: str) -> list:
        if name in self.removed:
            return NOT_ALLOWED
        body = self.source[name]
        if body[0] == "element":
            return ["ref", name]               # elements are simplified on their own
        if name not in self.done:
            if name in self.busy:
                raise GrammarError(f"define {name!r} refers to itself outside an element")
            self.busy.add(name)
            self.done[name] = self.p(body)
            self.busy.discard(name)
        result = self.done[name]
        if result[0] in ("notAllowed", "empty", "text"):
            return result
        return ["ref", name]

    def p(self, p: list) -> list:
        kind = p[0]
        if kind == "ref":
            return self.ref(p[1])
        if kind == "choice":
            parts, seen = [], set()
            for q in p[1:]:
                q = self.p(q)
                for r in (q[1:] if q[0] == "choice" else [q]):
                    key = json.dumps(r)
                    if r[0] != "notAllowed" and key not in seen:
                        seen.add(key)
                        parts.append(r)
            if not parts:
                return NOT_ALLOWED
            return parts[0] if len(parts) == 1 else ["choice", *parts]
        if kind in ("group", "interleave"):
            parts = []
            for q in p[1:]:
                q = self.p(q)
                if q[0] == "notAllowed":
                    return NOT_ALLOWED
                if q[0] == kind:
                    parts.extend(q[1:])
                elif q[0] != "empty":
                    parts.append(q)
            if not parts:
                return EMPTY
            return parts[0] if len(parts) == 1 else [kind, *parts]
        if kind == "oneOrMore":
            q = self.p(p[1])
            return q if q[0] in ("notAllowed", "empty") else ["oneOrMore", q]
        if kind == "list":
            q = self.p(p[1])
            return NOT_ALLOWED if q[0] == "notAllowed" else ["list", q]
        if kind == "attribute":
            if self.attributes is not None:
                names = nc_names(p[1])
                if names is not None and not (names & self.attributes):
                    return NOT_ALLOWED
            q = self.p(p[2])
            return NOT_ALLOWED if q[0] == "notAllowed" else ["attribute", p[1], q]
        if kind == "data" and p[3] is not None:
            q = self.p(p[3])
            return ["data", p[1], p[2], None if q[0] == "notAllowed" else q]
        if kind == "element":
            return ["element", p[1], self.p(p[2])]
        return p


def simplify_grammar(grammar: dict, removed=frozenset(), attributes=None) -> dict:
    """*grammar* with the element defines in *removed* gone (and the attribute patterns
    that match none of *attributes*, when given), §4.20 applied, and only the defines
    reachable from start kept. Elements whose content becomes notAllowed (they can match
    nothing) are removed in turn, until nothing changes."""
    defines = grammar["defines"]
    removed = set(removed)
    while True:
        s = _Simplifier(defines, frozenset(removed), attributes)
        start = s.p(grammar["start"])
        out: dict[str, list] = {}
        todo = _refs(start)
        dead = set()
        while todo:
            name = todo.pop()
            if name in out:
                continue
            body = defines[name]
            if body[0] == "element":
                out[name] = s.p(body)
                if out[name][2][0] == "notAllowed":
                    dead.add(name)
            else:
                out[name] = s.done[name]
            todo.extend(_refs(out[name]))
        if not dead:
            return {"start": start, "defines": dict(sorted(out.items()))}
        removed |= dead


def _refs(p: list) -> list[str]:
    out = []
    stack = [p]
    while stack:
        q = stack.pop()
        if q[0] == "ref":
            out.append(q[1])
        elif q[0] in ("choice", "group", "interleave", "oneOrMore", "list"):
            stack.extend(q[1:])
        elif q[0] in ("attribute", "element"):
            stack.append(q[2])
        elif q[0] == "data" and q[3] is not None:
            stack.append(q[3])
    return out


# ----------------------------------------------------------------------------- pruning

def nc_names(nc: list) -> set | None:
    """The (ns, local) names a name class stands for; None when it is open (anyName,
    nsName)."""
    if nc[0] == "name":
        return {(nc[1], nc[2])}
    if nc[0] == "choice":
        out: set = set()
        for sub in nc[1:]:
            names = nc_names(sub)
            if names is None:
                return None
            out |= names
        return out
    return None


def nc_contains(nc: list, ns: str, local: str) -> bool:
    kind = nc[0]
    if kind == "name":
        return nc[1] == ns and nc[2] == local
    if kind == "anyName":
        return nc[1] is None or not nc_contains(nc[1], ns, local)
    if kind == "nsName":
        return nc[1] == ns and (nc[2] is None or not nc_contains(nc[2], ns, local))
    return any(nc_contains(sub, ns, local) for sub in nc[1:])


def prune(grammar: dict, names, attributes=None) -> dict:
    """The grammar for documents whose element names, as (namespace, local name), are all
    in *names* (and, when *attributes* is given, whose attribute names are all in it):
    every other element define and attribute pattern removed, then simplified."""
    names = set(names)
    if attributes is not None:
        attributes = frozenset(attributes)
    removed = set()
    for name, body in grammar["defines"].items():
        if body[0] == "element":
            ncn = nc_names(body[1])
            if ncn is not None and not (ncn & names):
                removed.add(name)
    return simplify_grammar(grammar, removed, attributes)


def open_names(grammar: dict) -> bool:
    """Whether an element or attribute pattern of *grammar* has an open name class
    (anyName, nsName): a document valid against it may then use names it does not list."""
    stack = [grammar["start"], *grammar["defines"].values()]
    while stack:
        p = stack.pop()
        kind = p[0]
        if kind in ("element", "attribute"):
            if nc_names(p[1]) is None:
                return True
            stack.append(p[2])
        elif kind in ("choice", "group", "interleave", "oneOrMore", "list"):
            stack.extend(p[1:])
        elif kind == "data" and p[3] is not None:
            stack.append(p[3])
    return False


# ----------------------------------------------------------------------------- writing

def to_xml(grammar: dict, inline: bool = False) -> str:
    """The grammar as RELAX NG XML (what libxml2 and jing read). *inline*: every define
    that is not an element written out where it is referred to, and groups inside an
    element flattened, so that each optional attribute is a child of its element (what
    libxml2 checks fastest: 15 % less time on TEI, for a grammar three times as long; for
    a pruned grammar, where that stays small)."""
    defines = grammar["defines"] if inline else None
    out = [f'<grammar xmlns="{RNG_NS}"><start>']
    _write(grammar["start"], out, defines)
    out.append("</start>")
    for name, body in grammar["defines"].items():
        if defines is not None and body[0] != "element":
            continue
        out.append(f"<define name={quoteattr(name)}>")
        _write(body, out, defines)
        out.append("</define>")
    out.append("</grammar>")
    return "".join(out)


def _flat(parts: list, defines: dict | None) -> list:
    """*parts* of a group with groups inside spread out (and, when *defines* are given,
    refs to defines that are not elements replaced by what they stand for)."""
    out: list = []
    for q in parts:
        while defines is not None and q[0] == "ref" and defines[q[1]][0] != "element":
            q = defines[q[1]]
        if q[0] == "group" and defines is not None:
            out.extend(_flat(q[1:], defines))
        else:
            out.append(q)
    return out


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    """An attribute value with its quotes (xml.sax.saxutils costs 60 ms to import)."""
    return '"' + escape(text).replace('"', "&quot;") + '"'


def _write_nc(nc: list, out: list) -> None:
    kind = nc[0]
    if kind == "name":
        out.append(f"<name ns={quoteattr(nc[1])}>{escape(nc[2])}</name>")
    elif kind == "choice":
        out.append("<choice>")
        for sub in nc[1:]:
            _write_nc(sub, out)
        out.append("</choice>")
    else:
        exc = nc[1] if kind == "anyName" else nc[2]
        head = "<anyName" if kind == "anyName" else f"<nsName ns={quoteattr(nc[1])}"
        if exc is None:
            out.append(head + "/>")
        else:
            out.append(head + "><except>")
            _write_nc(exc, out)
            out.append(f"</except></{kind}>")


def _lib_attrs(typ: str) -> str:
    if typ.startswith("xsd:"):
        return f'datatypeLibrary="{XSD_LIB}" type={quoteattr(typ[4:])}'
    return f'datatypeLibrary="" type={quoteattr(typ)}'


def _write(p: list, out: list, defines: dict | None = None) -> None:
    kind = p[0]
    if defines is not None and kind == "ref" and defines[p[1]][0] != "element":
        _write(defines[p[1]], out, defines)
        return
    if kind in ("empty", "notAllowed", "text"):
        out.append(f"<{kind}/>")
    elif kind == "ref":
        out.append(f"<ref name={quoteattr(p[1])}/>")
    elif kind == "choice" and p[-1] == EMPTY:
        # optional and zeroOrMore again: libxml2 compiles those to automata
        rest = p[1:-1]
        if len(rest) == 1 and rest[0][0] == "oneOrMore":
            out.append("<zeroOrMore>")
            for q in rest[0][1:]:
                _write(q, out, defines)
            out.append("</zeroOrMore>")
        else:
            out.append("<optional>")
            _write(rest[0] if len(rest) == 1 else ["choice", *rest], out, defines)
            out.append("</optional>")
    elif kind in ("choice", "group", "interleave", "oneOrMore", "list"):
        out.append(f"<{kind}>")
        for q in p[1:]:
            _write(q, out, defines)
        out.append(f"</{kind}>")
    elif kind in ("element", "attribute"):
        out.append(f"<{kind}>")
        _write_nc(p[1], out)
        # a group's parts as the element's own children: libxml2 moves the ones that make
        # only attributes out of the content model, which it can then compile to an
        # automaton (inside a <group> it checks 4-5x slower)
        for q in _flat(p[2][1:] if p[2][0] == "group" else [p[2]], defines):
            _write(q, out, defines)
        out.append(f"</{kind}>")
    elif kind == "data":
        out.append(f"<data {_lib_attrs(p[1])}>")
        for k, v in p[2].items():
            out.append(f"<param name={quoteattr(k)}>{escape(v)}</param>")
        if p[3] is not None:
            out.append("<except>")
            _write(p[3], out, defines)
            out.append("</except>")
        out.append("</data>")
    elif kind == "value":
        out.append(f"<value {_lib_attrs(p[1])} ns={quoteattr(p[3])}>{escape(p[2])}</value>")
    else:
        raise GrammarError(f"unknown pattern {kind!r}")

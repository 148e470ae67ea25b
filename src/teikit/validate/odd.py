"""teikit's ODD processor: reads ``src/teikit/schema/teikit.odd`` and writes ``teikit.rng`` and
``teikit.xsd`` from it, so the customisation is the one file to edit.

It understands the pure-ODD subset the customisation is written in: per element, the
``<content>`` (sequence, alternate, elementRef, macroRef, textNode, empty, with
minOccurs/maxOccurs) and the ``<attList>`` (attDef with usage, a TEI datatype, a closed
valList), plus the attributes of ``att.global``. TEI's class system is not expanded: each
model names its elements. The same model serves the error messages (what an element may
contain, which values an attribute takes).

Regenerate after editing the ODD:  python -m teikit.validate.odd   (--check: only compare)
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lxml import etree

from ..tei import TEI_NS, XML_NS, tei

# the package's schema folder in the source tree (an editable install): the files to rewrite
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
ODD = SCHEMA_DIR / "teikit.odd"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
XS_NS = "http://www.w3.org/2001/XMLSchema"
ANNOT_NS = "http://relaxng.org/ns/compatibility/annotations/1.0"
UNBOUNDED = -1

# TEI datatypes -> (XSD built-in base or union members, facets). The same definitions as
# TEI P5's (or stricter), so that a value valid here is valid in TEI-All.
TEMPORAL = ["date", "gYear", "gMonth", "gDay", "gYearMonth", "gMonthDay", "time", "dateTime"]
DATATYPES: dict[str, tuple[list[str], dict[str, str]]] = {
    "ID": (["ID"], {}),
    "teidata.text": (["string"], {}),
    "teidata.enumerated": (["token"], {"pattern": r"[^\p{C}\p{Z}]+"}),
    "teidata.word": (["token"], {"pattern": r"[^\p{C}\p{Z}]+"}),
    "teidata.name": (["Name"], {}),
    "teidata.pointer": (["anyURI"], {"pattern": r"\S+"}),
    "teidata.count": (["nonNegativeInteger"], {}),
    "teidata.language": (["language", ""], {}),        # "" = language undetermined, as TEI
    "teidata.versionNumber": (["token"],
                              {"pattern": r"[\d]+[a-z]*[\d]*(\.[\d]+[a-z]*[\d]*){0,3}"}),
    "teidata.temporal.w3c": (TEMPORAL, {}),
}


# ----------------------------------------------------------------------------- the model

@dataclass(frozen=True)
class Particle:
    kind: str                      # text | empty | element | macro | sequence | alternate
    name: str = ""
    parts: tuple[Particle, ...] = ()
    min: int = 1
    max: int = 1                   # UNBOUNDED for "unbounded"


@dataclass
class Attribute:
    name: str                      # "type", "xml:id"
    required: bool
    datatype: str
    is_list: bool = False
    values: dict[str, str] | None = None     # closed list: value -> meaning
    desc: str = ""


@dataclass
class ElementSpec:
    name: str
    module: str
    desc: str
    content: Particle
    attributes: list[Attribute] = field(default_factory=list)


@dataclass
class Model:
    start: str
    elements: dict[str, ElementSpec]
    macros: dict[str, Particle]
    macro_descs: dict[str, str]
    global_attributes: list[Attribute]

    def attributes(self, element: str) -> dict[str, Attribute]:
        spec = self.elements[element]
        return {a.name: a for a in self.global_attributes + spec.attributes}

    def expand(self, p: Particle) -> Particle:
        """*p* with macro references replaced by their content."""
        if p.kind == "macro":
            inner = self.expand(self.macros[p.name])
            if (p.min, p.max) == (1, 1):
                return inner
            return Particle("sequence", parts=(inner,), min=p.min, max=p.max)
        if p.parts:
            return Particle(p.kind, p.name, tuple(self.expand(q) for q in p.parts), p.min, p.max)
        return p

    def is_mixed(self, element: str) -> bool:
        return "#text" in _names(self.expand(self.elements[element].content))

    @cached_property
    def children(self) -> dict[str, list[str]]:
        """Element -> the elements it may contain, in the order the ODD names them."""
        out = {}
        for name, spec in self.elements.items():
            out[name] = [n for n in _names(self.expand(spec.content)) if n != "#text"]
        return out

    @cached_property
    def parents(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for parent, kids in self.children.items():
            for kid in kids:
                out.setdefault(kid, []).append(parent)
        return out


def _names(p: Particle) -> list[str]:
    seen: list[str] = []

    def walk(q: Particle):
        if q.kind == "text" and "#text" not in seen:
            seen.append("#text")
        elif q.kind == "element" and q.name not in seen:
            seen.append(q.name)
        for r in q.parts:
            walk(r)
    walk(p)
    return seen


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _occurs(el) -> tuple[int, int]:
    lo = int(el.get("minOccurs", "1"))
    hi = el.get("maxOccurs", "1")
    return lo, UNBOUNDED if hi == "unbounded" else int(hi)


def _particle(el) -> Particle:
    kind = etree.QName(el).localname
    lo, hi = _occurs(el)
    if kind == "textNode":
        return Particle("text")
    if kind == "empty":
        return Particle("empty")
    if kind == "elementRef":
        return Particle("element", el.get("key"), min=lo, max=hi)
    if kind == "macroRef":
        return Particle("macro", el.get("key"), min=lo, max=hi)
    if kind in ("sequence", "alternate"):
        parts = tuple(_particle(c) for c in el if isinstance(c.tag, str))
        return Particle(kind, parts=parts, min=lo, max=hi)
    raise ValueError(f"teikit's ODD processor does not handle <{kind}> in a content model")


def _content(spec) -> Particle:
    content = spec.find(tei("content"))
    parts = [c for c in content if isinstance(c.tag, str)]
    if len(parts) != 1:
        raise ValueError(f"{spec.get('ident')}: <content> must hold exactly one particle")
    return _particle(parts[0])


def _attribute(att) -> Attribute:
    datatype = att.find(tei("datatype"))
    ref = datatype.find(tei("dataRef"))
    key = ref.get("key") or ref.get("name")
    if key not in DATATYPES:
        raise ValueError(f"@{att.get('ident')}: datatype {key} is not known to teikit's ODD "
                         f"processor (known: {', '.join(DATATYPES)})")
    values = None
    vallist = att.find(tei("valList"))
    if vallist is not None and vallist.get("type") == "closed":
        values = {v.get("ident"): _text(v.find(tei("desc"))) for v in vallist.iter(tei("valItem"))}
    return Attribute(att.get("ident"), att.get("usage") == "req", key,
                     datatype.get("maxOccurs", "1") != "1", values, _text(att.find(tei("desc"))))


def load(path: str | Path = ODD) -> Model:
    """The model of teikit.odd (parsed with the safe parser, like every XML teikit reads)."""
    from ..safexml import parse_file
    spec = parse_file(path).root.find(f".//{tei('schemaSpec')}")
    elements = {}
    for el in spec.iter(tei("elementSpec")):
        attributes = [_attribute(a) for a in el.iter(tei("attDef"))]
        elements[el.get("ident")] = ElementSpec(el.get("ident"), el.get("module"),
                                                _text(el.find(tei("desc"))), _content(el),
                                                attributes)
    macros, macro_descs = {}, {}
    for m in spec.iter(tei("macroSpec")):
        macros[m.get("ident")] = _content(m)
        macro_descs[m.get("ident")] = _text(m.find(tei("desc")))
    global_attributes = []
    for c in spec.iter(tei("classSpec")):
        if c.get("ident") == "att.global":
            global_attributes = [_attribute(a) for a in c.iter(tei("attDef"))]
    model = Model(spec.get("start"), elements, macros, macro_descs, global_attributes)
    _check(model)
    return model


def _check(model: Model) -> None:
    for name, spec in model.elements.items():
        def walk(p: Particle, name: str = name) -> None:
            if p.kind == "element" and p.name not in model.elements:
                raise ValueError(f"<{name}> refers to <{p.name}>, which has no elementSpec")
            if p.kind == "macro" and p.name not in model.macros:
                raise ValueError(f"<{name}> refers to macro {p.name}, which has no macroSpec")
            for q in p.parts:
                walk(q)
        walk(spec.content)


def _without_text(p: Particle) -> Particle | None:
    """The model with text removed (text becomes 'mixed' on the element)."""
    if p.kind == "text":
        return None
    if p.parts:
        parts = tuple(q for q in (_without_text(r) for r in p.parts) if q is not None)
        if not parts:
            return None
        return Particle(p.kind, p.name, parts, p.min, p.max)
    return p


# ----------------------------------------------------------------------------- RELAX NG

def _star_of_elements(p: Particle) -> list[str] | None:
    """The element names of *p* when *p* is a repeated choice of single elements (min 0,
    max unbounded, only alternates and elements inside); None for any other model."""
    if p.min != 0 or p.max != UNBOUNDED:
        return None
    names: list[str] = []

    def walk(q: Particle) -> bool:
        if q.kind == "element":
            names.append(q.name)
            return True
        if q.kind == "alternate" or (q.kind == "sequence" and len(q.parts) == 1):
            return all(walk(r) for r in q.parts)
        return False
    if p.kind == "element" or walk(p):
        return list(dict.fromkeys(names or [p.name]))
    return None


def _rng(tag: str, parent=None, **attrs):
    attrs = {k.rstrip("_"): v for k, v in attrs.items()}
    el = etree.Element(f"{{{RNG_NS}}}{tag}", attrs) if parent is None else \
        etree.SubElement(parent, f"{{{RNG_NS}}}{tag}", attrs)
    return el


def _rng_doc(parent, text: str) -> None:
    if text:
        etree.SubElement(parent, f"{{{ANNOT_NS}}}documentation").text = text


def _rng_occurs(parent, p: Particle):
    """Wrap for minOccurs/maxOccurs; returns the element to put the particle in."""
    if (p.min, p.max) == (1, 1):
        return parent
    if p.max == UNBOUNDED:
        return _rng("oneOrMore" if p.min else "zeroOrMore", parent)
    if (p.min, p.max) == (0, 1):
        return _rng("optional", parent)
    raise ValueError("only ?, *, + occurrences are supported")


def _rng_particle(parent, p: Particle) -> None:
    target = _rng_occurs(parent, p)
    if p.kind == "element":
        _rng("ref", target, name=p.name)
    elif p.kind == "macro":
        _rng("ref", target, name=p.name)
    elif p.kind == "empty":
        _rng("empty", target)
    elif p.kind == "sequence":
        group = _rng("group", target)
        for q in p.parts:
            _rng_particle(group, q)
    elif p.kind == "alternate":
        choice = _rng("choice", target)
        for q in p.parts:
            _rng_particle(choice, q)


def _rng_datatype(parent, key: str, values: dict | None) -> None:
    if values is not None:
        choice = _rng("choice", parent)
        for v in values:
            _rng("value", choice, type="token").text = v
        return
    members, facets = DATATYPES[key]
    target = _rng("choice", parent) if len(members) > 1 else parent
    for m in members:
        if m == "":
            _rng("value", target, type="string")
            continue
        data = _rng("data", target, type=m)
        for facet, value in facets.items():
            _rng("param", data, name=facet).text = value


def _rng_attribute(parent, a: Attribute) -> None:
    target = parent if a.required else _rng("optional", parent)
    att = _rng("attribute", target, name=a.name)
    _rng_doc(att, a.desc)
    if a.is_list:
        items = _rng("oneOrMore", _rng("list", att))
        _rng_datatype(items, a.datatype, a.values)
    else:
        _rng_datatype(att, a.datatype, a.values)


def to_rng(model: Model) -> bytes:
    grammar = etree.Element(f"{{{RNG_NS}}}grammar", nsmap={
        None: RNG_NS, "a": ANNOT_NS},
        ns=TEI_NS, datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes")
    grammar.append(etree.Comment(
        " Generated from teikit.odd by python -m teikit.validate.odd; do not edit by hand. "))
    _rng("ref", _rng("start", grammar), name=model.start)
    for name, p in model.macros.items():
        define = _rng("define", grammar, name=name)
        _rng_doc(define, model.macro_descs.get(name, ""))
        stripped = _without_text(model.expand(p))
        _rng_particle(define, stripped) if stripped else _rng("empty", define)
    for name, spec in model.elements.items():
        define = _rng("define", grammar, name=name)
        element = _rng("element", define, name=name)
        _rng_doc(element, spec.desc)
        content = model.expand(spec.content)
        stripped = _without_text(content)
        if model.is_mixed(name):
            if stripped is None:
                _rng("text", element)
            elif star := _star_of_elements(stripped):
                # (text | a | b)*, the same language as mixed{(a | b)*}: libxml2 compiles
                # this to an automaton, while <mixed> (an interleave) takes time cubic in
                # the number of inline elements (4,000 <supplied> in a <p>: 58 s)
                choice = _rng("choice", _rng("zeroOrMore", element))
                _rng("text", choice)
                for n in star:
                    _rng("ref", choice, name=n)
            else:
                _rng_particle(_rng("mixed", element), stripped)
        else:
            assert stripped is not None     # only text is taken out, and text makes it mixed
            _rng_particle(element, stripped)
        for a in model.global_attributes + spec.attributes:
            _rng_attribute(element, a)
    return etree.tostring(grammar, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True)


# ----------------------------------------------------------------------------- XSD

def _xs(tag: str, parent=None, **attrs):
    attrs = {k.rstrip("_"): str(v) for k, v in attrs.items()}
    if parent is None:
        return etree.Element(f"{{{XS_NS}}}{tag}", attrs)
    return etree.SubElement(parent, f"{{{XS_NS}}}{tag}", attrs)


def _xs_doc(parent, text: str) -> None:
    if text:
        _xs("documentation", _xs("annotation", parent)).text = text


def _xs_occurs(p: Particle) -> dict:
    out: dict[str, str | int] = {}
    if p.min != 1:
        out["minOccurs"] = p.min
    if p.max != 1:
        out["maxOccurs"] = "unbounded" if p.max == UNBOUNDED else p.max
    return out


def _xs_particle(parent, p: Particle) -> None:
    if p.kind == "element":
        _xs("element", parent, name=p.name, type=f"tei:{p.name}", **_xs_occurs(p))
    elif p.kind == "macro":
        _xs("group", parent, ref=f"tei:{p.name}", **_xs_occurs(p))
    elif p.kind in ("sequence", "alternate"):
        group = _xs("sequence" if p.kind == "sequence" else "choice", parent, **_xs_occurs(p))
        for q in p.parts:
            _xs_particle(group, q)


def _xs_simple_type(parent, name: str | None, key: str, values: dict | None, is_list=False):
    st = _xs("simpleType", parent, **({"name": name} if name else {}))
    if is_list:
        st = _xs("simpleType", _xs("list", st))
    if values is not None:
        r = _xs("restriction", st, base="xs:token")
        for v in values:
            _xs("enumeration", r, value=v)
        return
    members, facets = DATATYPES[key]
    if len(members) == 1 and not is_list:
        r = _xs("restriction", st, base=f"xs:{members[0]}")
    elif len(members) == 1:
        r = _xs("restriction", st, base=f"xs:{members[0]}")
    else:
        union = _xs("union", st, memberTypes=" ".join(f"xs:{m}" for m in members if m))
        if "" in members:
            empty = _xs("restriction", _xs("simpleType", union), base="xs:string")
            _xs("enumeration", empty, value="")
        return
    for facet, value in facets.items():
        _xs(facet, r, value=value)


def _xs_attribute(parent, a: Attribute) -> None:
    use = "required" if a.required else "optional"
    if a.name.startswith("xml:"):
        _xs("attribute", parent, ref=a.name, use=use)
        return
    att = _xs("attribute", parent, name=a.name, use=use)
    _xs_doc(att, a.desc)
    if a.values is None and not a.is_list:
        att.set("type", f"tei:{a.datatype}")
    else:
        _xs_simple_type(att, None, a.datatype, a.values, a.is_list)


def to_xsd(model: Model) -> bytes:
    schema = _xs("schema", None, targetNamespace=TEI_NS, elementFormDefault="qualified",
                 attributeFormDefault="unqualified")
    schema = etree.Element(f"{{{XS_NS}}}schema", schema.attrib,
                           nsmap={"xs": XS_NS, "tei": TEI_NS, "xml": XML_NS})
    schema.append(etree.Comment(
        " Generated from teikit.odd by python -m teikit.validate.odd; do not edit by hand. "))
    # xml:id and xml:lang: XML's own schema, which validators have built in (never fetched)
    _xs("import", schema, namespace=XML_NS)
    root = _xs("element", schema, name=model.start, type=f"tei:{model.start}")
    _xs_doc(root, model.elements[model.start].desc)
    for key in DATATYPES:
        if key != "ID":
            _xs_simple_type(schema, key, key, None)
    for name, p in model.macros.items():
        stripped = _without_text(model.expand(p))
        if stripped is None:
            continue
        group = _xs("group", schema, name=name)
        _xs_doc(group, model.macro_descs.get(name, ""))
        if stripped.kind in ("sequence", "alternate") and (stripped.min, stripped.max) == (1, 1):
            _xs_particle(group, stripped)
        else:
            _xs_particle(_xs("sequence", group), stripped)
    for name, spec in model.elements.items():
        ct = _xs("complexType", schema, name=name)
        _xs_doc(ct, spec.desc)
        stripped = _without_text(model.expand(spec.content))
        attributes = model.global_attributes + spec.attributes
        if model.is_mixed(name) and stripped is None:          # text only
            ext = _xs("extension", _xs("simpleContent", ct), base="xs:string")
            for a in attributes:
                _xs_attribute(ext, a)
            continue
        if model.is_mixed(name):
            ct.set("mixed", "true")
        if stripped is not None and stripped.kind != "empty":
            if stripped.kind in ("sequence", "alternate") and stripped.min == 1 == stripped.max:
                _xs_particle(ct, stripped)
            else:
                _xs_particle(_xs("sequence", ct), stripped)
        for a in attributes:
            _xs_attribute(ct, a)
    return etree.tostring(schema, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# ----------------------------------------------------------------------------- command

def generated() -> dict[Path, bytes]:
    model = load(ODD)
    return {SCHEMA_DIR / "teikit.rng": to_rng(model), SCHEMA_DIR / "teikit.xsd": to_xsd(model)}


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    stale = []
    for path, data in generated().items():
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not check:
            path.write_bytes(data)
            print(f"wrote {path}")
    if check and stale:
        print("out of date (run python -m teikit.validate.odd): "
              + ", ".join(str(p) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

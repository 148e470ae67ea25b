"""Schema errors rewritten in an editor's words.

xmlschema and libxml2 describe what their automata expected ("Tag ('tei:p' | 'tei:stage' |
...) expected", "Expecting element speaker, got head"). An editor needs to know what is
wrong where, and what to do: ``<head> is not allowed inside <sp>; move it before the <sp>
or use <stage>``. The element model of teikit.odd gives the facts (what may contain what,
which values an attribute takes); the tables below give the advice.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..tei import TEI_NS, XML_ID
from .findings import Finding, qname

SCHEMA = "schema"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

# (parent, child) or ("*", child) -> what to do instead. Checked before the generic advice.
ALTERNATIVES = {
    ("sp", "head"): "move it before the <sp> or use <stage>",
    ("sp", "sp"): "close the first turn before the next speaker's <sp>",
    ("p", "p"): "close the first paragraph before the next <p> begins",
    ("p", "sp"): "a speech cannot stand inside a paragraph: close the <p> before the <sp>",
    ("p", "list"): "end the paragraph before the list",
    ("p", "quote"): "end the paragraph before the quotation, or keep the quotation marks "
                    "as text",
    ("p", "head"): "a heading stands before the paragraphs of its division",
    ("head", "p"): "a heading holds words, not paragraphs",
    ("*", "emph"): "teikit masters do not record typography: keep the words without <emph>",
    ("*", "l"): "verse lines stand in a speech (<sp>) or a poem (<lg>); elsewhere use <p> "
                "with <lb/>",
    ("*", "lg"): "a poem (<lg>) stands in a division and holds only its lines (<l>)",
    ("*", "u"): "teikit encodes speeches as <sp> with <speaker> and <p>",
    ("*", "said"): "teikit encodes speeches as <sp> with <speaker> and <p>",
    ("*", "add"): "teikit has no additions; use <supplied> for words the editor adds",
    ("*", "del"): "teikit records no deletions; leave the words out or use <gap>",
    ("*", "idno"): "teikit keeps record numbers in a <note type=\"...\"> of the <bibl>",
    ("*", "author"): "name the author inside the <bibl> of sourceDesc as text, or with "
                     "<respStmt>",
}
ATTRIBUTE_HINTS = {
    "rend": "teikit masters do not record typography; remove it",
    "rendition": "teikit masters do not record typography; remove it",
    "style": "teikit masters do not record typography; remove it",
    "facs": "teikit masters do not link page images; remove it",
}
MISSING_HINTS = {
    "sourceDesc": "say where the text comes from",
    "publicationStmt": "say who publishes the text (or that it is unpublished)",
    "title": "give the document's title",
    "titleStmt": "give the document's title in a <titleStmt>",
    "text": "the document has a header but no text",
    "body": "the text has no <body>",
    "teiHeader": "every TEI document begins with a <teiHeader>",
    "p": "give it at least one paragraph",
    "appInfo": "name the program that made the master in <appInfo><application>",
}
DATATYPE_HELP = {
    "teidata.temporal.w3c": "is not an ISO 8601 date or time; write e.g. 1944-06-11, 1944-06, "
                            "1944, 1945-07-09T21:00:00 or 21:00:00",
    "ID": "is not a valid identifier: begin with a letter or _, and use no spaces or colons",
    "teidata.pointer": "is not an address: give a URL or #id, without spaces",
    "teidata.count": "is not a whole number",
    "teidata.language": "is not a language tag such as en, de or fr-CA",
    "teidata.enumerated": "must be one word without spaces",
    "teidata.word": "must be one word without spaces",
    "teidata.versionNumber": "is not a version number such as 1.2.0",
    "teidata.name": "is not a valid name (no spaces; begins with a letter)",
}


@lru_cache(maxsize=1)
def teikit_model():
    from .odd import load
    return load()


def local(tag: str) -> str:
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def names(tags, limit: int = 4) -> str | None:
    """'<a>, <b> or <c>'; None when there are more than *limit* (no walls of names)."""
    tags = list(dict.fromkeys(tags))
    if not tags or len(tags) > limit:
        return None
    shown = [f"<{t}>" for t in tags]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


def _join(message: str, hint: str | None) -> str:
    return f"{message}; {hint}" if hint else message


# ----------------------------------------------------------------------------- placement

def misplaced(child, parent, model=None, expected=()) -> str:
    """Why *child* cannot stand where it is inside *parent*, and what to do."""
    c, p = local(child.tag), local(parent.tag)
    if not child.tag.startswith(f"{{{TEI_NS}}}"):
        return _foreign(child)
    hint = ALTERNATIVES.get((p, c)) or ALTERNATIVES.get(("*", c))
    if model is None:
        return _join(f"<{c}> is not allowed here inside <{p}>", hint)
    if c not in model.elements:
        return _join(f"<{c}> is not used in teikit masters", hint or
                     "see schema/teikit.odd for the elements teikit uses, or check TEI from "
                     "elsewhere with --profile tei-all")
    if c in model.children.get(p, []):
        return _out_of_order(child, parent, model, expected, hint)
    return _join(f"<{c}> is not allowed inside <{p}>", hint or _where_it_belongs(child, parent,
                                                                                  model))


def _foreign(child) -> str:
    c = local(child.tag)
    ns = child.tag[1:].split("}")[0] if child.tag.startswith("{") else ""
    where = f"the namespace {ns}" if ns else "no namespace"
    return (f"<{c}> is in {where}, not in the TEI namespace (pasted from elsewhere?); "
            f"write it as a TEI element or remove it")


def _out_of_order(child, parent, model, expected, hint) -> str:
    """*child* may stand in *parent*, but not here: one too many, or in the wrong place."""
    c, p = local(child.tag), local(parent.tag)
    count = sum(1 for s in parent if s.tag == child.tag and s is not child
                and _before(s, child))
    limit = max_occurs(model, p, c)
    if count and limit is not None and count >= limit:
        return f"<{p}> may contain only {_times(limit)} <{c}>; merge or remove this one"
    want = names(local(t) for t in expected if isinstance(t, str))
    return _join(f"<{c}> is out of place inside <{p}>",
                 hint or (f"at this point <{p}> expects {want}" if want else
                          f"check the order of <{p}>'s contents in schema/teikit.odd"))


def _where_it_belongs(child, parent, model) -> str | None:
    c, p = local(child.tag), local(parent.tag)
    grand = parent.getparent()
    if grand is not None and c in model.children.get(local(grand.tag), []):
        return f"move it out of the <{p}>"
    homes = names(model.parents.get(c, []), limit=3)
    return f"<{c}> belongs in {homes}" if homes else None


def _before(a, b) -> bool:
    for s in a.itersiblings():
        if s is b:
            return True
    return False


def _times(n: int) -> str:
    return {1: "one", 2: "two", 3: "three"}.get(n, str(n))


def max_occurs(model, parent: str, child: str) -> int | None:
    """How many <child> the model of <parent> allows; None for unbounded."""
    from .odd import UNBOUNDED

    def walk(p, factor):
        if p.kind == "element":
            if p.name != child:
                return 0
            return None if p.max == UNBOUNDED or factor is None else p.max * factor
        if not p.parts:
            return 0
        inner = None if p.max == UNBOUNDED or factor is None else factor * p.max
        total = 0
        for q in p.parts:
            n = walk(q, inner)
            if n is None:
                return None
            total = max(total, n) if p.kind == "alternate" else total + n
        return total
    return walk(model.expand(model.elements[parent].content), 1)


def text_not_allowed(parent, model=None) -> str:
    p = local(parent.tag)
    hint = None
    if model is not None:
        kids = model.children.get(p, [])
        if not kids:
            return f"<{p}> must be empty; move the text out of it"
        hint = next((f"put it in a <{k}>" for k in ("p", "item", "speaker", "desc")
                     if k in kids), None)
    return _join(f"text is not allowed directly inside <{p}>", hint)


FLOATING = {"note", "pb", "cb", "lb", "milestone", "incident"}   # may stand anywhere: never missing


def missing(parent, expected, model=None) -> str:
    p = local(parent.tag)
    want = [local(t) for t in expected if isinstance(t, str)]
    want = [w for w in want if w not in FLOATING] or want
    if len(want) == 1:
        return _join(f"<{p}> lacks <{want[0]}>", MISSING_HINTS.get(want[0]))
    shown = names(want, limit=5)     # <sp>: <p>, <l>, <stage>, <list> or <table>
    return f"<{p}> is incomplete: it needs {shown}" if shown else f"<{p}> is incomplete"


# ----------------------------------------------------------------------------- attributes

def attribute_not_allowed(el, attr: str, model=None) -> str:
    e, a = local(el.tag), qname(attr)
    hint = ATTRIBUTE_HINTS.get(a)
    if hint is None and model is not None and e in model.elements:
        own = [x.name for x in model.elements[e].attributes]
        hint = (f"<{e}> takes " + ", ".join(f"@{x}" for x in own) if 0 < len(own) <= 5 else
                f"<{e}> takes no attributes but @xml:id and @xml:lang" if not own else None)
    return _join(f"@{a} is not allowed on <{e}>", hint)


def attribute_missing(el, attr: str, model=None) -> str:
    e, a = local(el.tag), qname(attr)
    desc = ""
    if model is not None and e in model.elements:
        spec = model.attributes(e).get(a)
        desc = f" ({spec.desc.rstrip('.')})" if spec and spec.desc else ""
    return f"<{e}> needs @{a}{desc}"


def bad_value(el, attr: str, value: str, model=None) -> str:
    e, a = local(el.tag), qname(attr)
    spec = model.attributes(e).get(a) if model is not None and e in model.elements else None
    if spec is not None and spec.values is not None:
        values = list(spec.values)
        shown = ", ".join(values[:10]) + (", …" if len(values) > 10 else "")
        return f'@{a}="{value}" is not allowed on <{e}>; use one of: {shown}'
    help_ = DATATYPE_HELP.get(spec.datatype) if spec is not None else None
    return f'@{a}="{value}" on <{e}> ' + (help_ or "is not a valid value")


# ----------------------------------------------------------------------------- xmlschema

ATTR_IN_REASON = re.compile(r"attribute (?P<name>\S+?)='(?P<value>.*)': ", re.S)
NOT_ALLOWED = re.compile(r"'(?P<name>[^']+)' attribute not allowed")
REQUIRED = re.compile(r"missing required attribute '(?P<name>[^']+)'")


def from_xmlschema(error, model=None) -> Finding | None:
    """One xmlschema validation error as a Finding (None when a rule reports it better)."""
    el = error.elem
    reason = error.reason or ""
    if el is None:
        return Finding(_clean(reason), SCHEMA, line=getattr(error, "sourceline", None))
    kind = type(error).__name__
    if kind == "XMLSchemaChildrenValidationError":
        expected = [getattr(x, "name", None) for x in (error.expected or [])]
        child = error.invalid_child
        if child is not None and isinstance(child.tag, str):
            return Finding(misplaced(child, el, model, expected), SCHEMA, child)
        return Finding(missing(el, expected, model), SCHEMA, el)
    if "duplicated xs:ID value" in reason:
        return None                                  # rule duplicate-id says it
    m = NOT_ALLOWED.search(reason)
    if m:
        return Finding(attribute_not_allowed(el, m.group("name"), model), SCHEMA, el,
                       m.group("name"))
    m = REQUIRED.search(reason)
    if m:
        return Finding(attribute_missing(el, m.group("name"), model), SCHEMA, el)
    m = ATTR_IN_REASON.match(reason)
    if m:
        return Finding(bad_value(el, m.group("name"), m.group("value"), model), SCHEMA, el,
                       m.group("name"))
    if "simple content element can't have child elements" in reason:
        first = next((c for c in el if isinstance(c.tag, str)), el)
        return Finding(f"<{local(el.tag)}> takes plain text only; <{local(first.tag)}> is not "
                       "allowed inside it", SCHEMA, first)
    if "character data" in reason or "Mixed content" in reason:
        return Finding(text_not_allowed(el, model), SCHEMA, el)
    return Finding(_clean(reason), SCHEMA, el)


def _clean(reason: str) -> str:
    reason = re.sub(r"\{[^}]*\}", "", reason)
    return re.sub(r"'tei:(\w+)'", r"<\1>", reason).rstrip(".")


# ----------------------------------------------------------------------------- libxml2 (RNG)

LIBXML = [
    ("element", re.compile(r"Did not expect element (?P<name>\S+) there")),
    ("extra", re.compile(r"Element (?P<parent>\S+) has extra content: (?P<name>\S+)")),
    ("got", re.compile(r"Expecting element (?P<want>\S+), got (?P<name>\S+)")),
    ("nothing", re.compile(r"Expecting an element (?P<want>\S+), got nothing")),
    ("attr", re.compile(r"Invalid attribute (?P<attr>\S+) for element (?P<name>\S+)")),
    ("attrs", re.compile(r"Element (?P<name>\S+) failed to validate attributes")),
    ("content", re.compile(r"Element (?P<name>\S+) failed to validate content")),
    ("text", re.compile(r"Did not expect text in element (?P<name>\S+) content")),
    ("ns", re.compile(r"Element (?P<name>\S+) has wrong namespace|Expecting a namespace for "
                      r"element (?P<name2>\S+)")),
    ("interleave", re.compile(r"Extra element (?P<name>\S+) in interleave")),
    ("datatype", re.compile(r"Type (?P<type>\S+) doesn't allow value '(?P<value>.*)'")),
]


def from_libxml2(log, root, label: str) -> list[Finding]:
    """libxml2's RELAX NG messages as Findings: the ones that follow from another (extra
    content, failed to validate content, got nothing) are dropped when the cause is
    reported; the rest are rewritten."""
    raw = []
    for entry in log:
        kind, m = next(((k, p.search(entry.message)) for k, p in LIBXML
                        if p.search(entry.message)), (None, None))
        raw.append((entry.line, kind, m, entry.message))
    causes = {(line, kind) for line, kind, _m, _msg in raw
              if kind in ("element", "text", "attr", "got", "datatype", "ns", "interleave")}
    cause_lines = {line for line, _kind in causes}
    by_line: dict[int, list] = {}
    if raw:
        for el in root.iter():
            if isinstance(el.tag, str):
                by_line.setdefault(el.sourceline, []).append(el)
    out: list[Finding] = []
    for line, kind, m, message in raw:
        if kind in ("extra", "content", "nothing", "attrs") and _has_cause(line, cause_lines):
            continue
        out.append(_libxml2_finding(by_line, line, kind, m, message, label))
    return _dedupe(out)


def _has_cause(line: int, cause_lines: set[int]) -> bool:
    return any(line <= c <= line + 200 for c in cause_lines) or line in cause_lines


def _libxml2_finding(by_line, line, kind, m, message, label) -> Finding:
    name = (m.groupdict().get("name") or m.groupdict().get("name2")) if m else None
    el = _element_at(by_line, line, name) if name else None
    if el is not None:
        found = _about_element(el, kind, m, label)
        if found is not None:
            return found
    if kind == "nothing":
        return Finding(f"<{m.group('want')}> is missing here ({label})", SCHEMA, line=line)
    if kind == "datatype":
        return Finding(f"the value \"{m.group('value')}\" is not a valid {m.group('type')} "
                       f"({label})", SCHEMA, line=line)
    return Finding(f"{label}: {message}", SCHEMA, line=line)


def _about_element(el, kind, m, label) -> Finding | None:
    """A libxml2 message about an element found in the tree, in an editor's words."""
    if kind in ("element", "got", "interleave", "extra") and el.getparent() is not None:
        text = misplaced(el, el.getparent())
        if kind == "got":
            text += f"; {label} expects <{m.group('want')}> here"
        return Finding(text + f" ({label})", SCHEMA, el)
    if kind == "text":
        return Finding(text_not_allowed(el) + f" ({label})", SCHEMA, el)
    if kind == "attr":
        return _bad_attribute(el, m.group("attr"), label)
    if kind == "attrs":
        return Finding(f"<{local(el.tag)}> lacks an attribute {label} requires, or has one "
                       "it does not allow", SCHEMA, el)
    if kind in ("content", "nothing"):
        want = m.groupdict().get("want")
        return Finding((f"<{local(el.tag)}> lacks <{want}>" if want else
                        f"<{local(el.tag)}> is incomplete or its contents are out of order")
                       + f" ({label})", SCHEMA, el)
    if kind == "ns":
        return Finding(f"<{local(el.tag)}> is not in the namespace {label} expects (TEI: "
                       f"{TEI_NS})", SCHEMA, el)
    return None


def _bad_attribute(el, attr: str, label: str) -> Finding:
    if any(k == f"{{{XSI_NS}}}{attr}" for k in el.attrib):
        return Finding(f"@xsi:{attr} is not allowed on <{local(el.tag)}>; teikit never "
                       "fetches the schema it names: remove it", SCHEMA, el,
                       f"{{{XSI_NS}}}{attr}")
    value = _attribute_value(el, attr)
    if attr == "id" and el.get(XML_ID) is not None:      # libxml2's word for xml:id
        return Finding(f'xml:id="{value}" on <{local(el.tag)}> is used more than once or '
                       f"is not a valid identifier; identifiers must be unique names "
                       f"({label})", SCHEMA, el, XML_ID)
    return Finding(f'{label} does not allow @{attr}="{value}" on <{local(el.tag)}> (the '
                   "attribute or its value)", SCHEMA, el, attr)


def _element_at(by_line: dict, line: int, name: str):
    name = name.split(":")[-1]
    return next((el for el in by_line.get(line, []) if local(el.tag) == name), None)


def _attribute_value(el, attr: str) -> str:
    for k, v in el.attrib.items():
        if qname(k) == attr or local(k) == attr:
            return v
    return ""


def drop_consequences(findings: list[Finding]) -> list[Finding]:
    """An element reported as incomplete after another problem in it was reported: the
    first message says it all."""
    named: dict[int | None, set[str]] = {}     # line -> local names reported there
    for f in findings:
        if f.element is not None and not _is_incomplete(f):
            named.setdefault(f.element.sourceline, set()).add(local(f.element.tag))
    return [f for f in findings if not (_is_incomplete(f) and f.element is not None and
            local(f.element.tag) in named.get(f.element.sourceline, ()))]


def _is_incomplete(f: Finding) -> bool:
    return " is incomplete" in f.message


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.key(), f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out

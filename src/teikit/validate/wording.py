"""The problems found by :mod:`teikit.validate.derive`, in an editor's words: each names
the element, and what is allowed or expected at that point; an order error says where the
element belongs; an attribute error names the attribute and its value."""
from __future__ import annotations

from typing import TypeVar

from . import datatypes
from .derive import TEI_NS, XML_NS, Problem, end_line, split
from .findings import Finding

SCHEMA = "schema"
TEMPORAL = {"xsd:date", "xsd:gYear", "xsd:gYearMonth", "xsd:dateTime"}
T = TypeVar("T")


def _given(value: T | None, what: str, problem: Problem) -> T:
    """A field the problem's kind always carries (derive sets it): an error if not."""
    if value is None:
        raise ValueError(f"a {problem.kind!r} problem without its {what}")
    return value


def tag(name) -> str:
    """<p> for a TEI element, <x:egXML> style for others; *name* is (ns, local) or an
    lxml element."""
    if not isinstance(name, tuple):
        name = split(name.tag)
    ns, local = name
    if ns == "*":
        return "an element of another vocabulary"
    if ns in (TEI_NS, ""):
        return f"<{local}>"
    return f"<{local}> (namespace {ns})"


def attr(name: str) -> str:
    ns, local = split(name)
    if ns == XML_NS:
        return "@xml:" + local
    return "@" + local if not ns else f"@{local} (namespace {ns})"


# the elements an editor most likely means, shown first when there are too many to list
COMMON = ["p", "div", "head", "title", "hi", "name", "persName", "placeName", "date", "note",
          "ref", "lb", "pb", "list", "item", "bibl", "quote", "q", "sp", "l", "lg", "table",
          "figure", "seg", "author", "editor", "publisher", "idno"]


def listed(names, limit: int = 4, word: str = "or") -> str:
    names = list(names)
    shown = [tag(n) for n in names]
    if len(shown) == 1:
        return shown[0]
    if len(shown) <= limit:
        return ", ".join(shown[:-1]) + f" {word} " + shown[-1]
    rank = {n: i for i, n in enumerate(COMMON)}
    examples = sorted(names, key=lambda n: (rank.get(n[1], len(rank)), n[1]))[:3]
    return f"one of {len(shown)} elements (e.g. {', '.join(tag(n) for n in examples)})"


def expects(parent, problem: Problem) -> str:
    """What *parent* allows at this point."""
    names = [n for n in problem.expected if n != ("*", "*")]
    p = tag(parent)
    if not names and not problem.text_allowed:
        return f"{p} allows nothing more here (only its end tag)"
    if not names:
        return f"{p} allows only text here"
    allowed = listed(sorted(names, key=lambda n: n[1]))
    return f"{p} expects {'text or ' if problem.text_allowed else ''}{allowed} here"


def finding(problem: Problem) -> list[Finding]:
    """One problem as findings (a repeated xml:id: one at each of its two places)."""
    kind = problem.kind
    el = problem.element
    if kind == "element":
        return [Finding(misplaced(problem), SCHEMA, problem.child)]
    if kind == "missing":
        return [Finding(incomplete(problem), SCHEMA, None, line=end_line(el))]
    if kind in ("text", "content"):
        return [Finding(text(problem), SCHEMA, None, line=problem.text_line)]
    if kind == "attribute":
        name = _given(problem.attribute, "attribute", problem)
        return [Finding(f"{attr(name)} is not allowed on {tag(el)}", SCHEMA, el, name)]
    if kind == "value":
        name = _given(problem.attribute, "attribute", problem)
        return [Finding(f'{attr(name)}="{problem.value}" on {tag(el)} is not '
                        f"valid: {must_be(problem.types)}", SCHEMA, el, name)]
    if kind == "required":
        need = " and ".join(attr(f"{{{ns}}}{local}" if ns else local)
                            for ns, local in problem.expected) or "an attribute"
        return [Finding(f"{tag(el)} needs {need}", SCHEMA, el)]
    if kind == "id":
        first = _given(problem.other, "first element", problem)
        return [
            Finding(f'xml:id "{problem.value}" is used twice (first on line {first.sourceline}'
                    f"); identifiers must be unique", SCHEMA, el, problem.attribute),
            Finding(f'xml:id "{problem.value}" is used again on line {el.sourceline}; '
                    "identifiers must be unique", SCHEMA, first, problem.attribute)]
    return [Finding(f"{tag(el)} is not valid here", SCHEMA, el)]


def misplaced(problem: Problem) -> str:
    child, parent = _given(problem.child, "element", problem), problem.element
    c, p = tag(child), tag(parent)
    if child is parent:
        return f"the document element {c} is not allowed; TEI documents begin with <TEI> " \
               "or <teiCorpus>"
    ns, _local = split(child.tag)
    if problem.after:
        return f"{c} must come after {listed(sorted(problem.after, key=lambda n: n[1]))} in {p}"
    if problem.before is not None:
        return f"{c} must come before {tag(problem.before)} in {p}"
    if not problem.anywhere:
        what = f"{c} is not a TEI element" if ns == TEI_NS else \
            f"{c} is not allowed in TEI here" if ns else \
            f"{c} has no namespace: TEI elements are in {TEI_NS}"
        return f"{what}; {expects(parent, problem)}"
    return f"{c} is not allowed inside {p}; {expects(parent, problem)}"


def incomplete(problem: Problem) -> str:
    el = problem.element
    names = [n for n in problem.expected if n != ("*", "*")]
    e = tag(el)
    if not names:
        return f"{e} is incomplete: it needs more content before its end tag"
    if len(names) == 1:
        return f"{e} lacks {tag(names[0])}: it is required before </{split(el.tag)[1]}>"
    return f"{e} is incomplete: it needs {listed(sorted(names, key=lambda n: n[1]))} before " \
           f"</{split(el.tag)[1]}>"


def text(problem: Problem) -> str:
    el = problem.element
    e = tag(el)
    value = _given(problem.value, "text", problem)
    shown = value if len(value) <= 40 else value[:37] + "…"
    if problem.kind == "content":
        return f'{e} holds "{shown}", which is not valid: {must_be(problem.types)}'
    names = [n for n in problem.expected if n != ("*", "*")]
    where = f"; put it inside {listed(sorted(names, key=lambda n: n[1]))}" if names else ""
    return f'text ("{shown}") is not allowed directly inside {e}{where}'


def must_be(types) -> str:
    values = sorted({t[1] for t in types if t[0] == "value"})
    data = [t for t in types if t[0] not in ("value", "list")]
    parts = []
    if values:
        shown = ", ".join(f'"{v}"' for v in values[:12]) + (", …" if len(values) > 12 else "")
        parts.append(f"use one of {shown}" if len(values) > 1 else f'it must be "{values[0]}"')
    data = sorted({(t, tuple(sorted(params.items()))) for t, params in data})
    data = [(t, dict(params)) for t, params in data]
    names = {t[0] for t in data}
    if TEMPORAL <= names:
        parts.append("it must be an ISO 8601 date or time, e.g. 1944-06-11, 1944-06, 1944 or "
                     "1945-07-09T21:00:00")
        data = [t for t in data if not t[0].startswith("xsd:g") and t[0] not in (
            "xsd:date", "xsd:dateTime", "xsd:time")]
    described = list(dict.fromkeys(datatypes.describe(t, params) for t, params in data))
    if described:
        parts.append("it must be " + " or ".join(described))
    if any(t[0] == "list" for t in types) and not parts:
        parts.append("it must be a list of values separated by spaces")
    return "; or ".join(parts) if parts else "the value is not allowed here"

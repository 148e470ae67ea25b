"""TEI-All's own constraints: the Schematron rules embedded in tei_all.rng, run in Python.

jing and libxml2 ignore them (only oXygen runs them). teikit evaluates each rule's XPath 2
with elementpath on the lxml tree: the rule's context selects the elements (or attributes)
it is about, its ``let`` variables are bound, and each ``assert`` that fails and each
``report`` that holds becomes a finding with the rule's stable code (``tei:…``, from the
constraint's identifier in the TEI source) and TEI's own message.

They are warnings: a TEI-All verdict stays jing's. A rule runs only when an element its
context names occurs in the file. Rules written in the XPath 1.0 subset (most of them) run
as one lxml query per check, in C; the others (variables, ``eq``, ``tokenize``…) run in
elementpath. Rules that elementpath cannot evaluate (XSLT-only
functions such as ``current()`` outside XSLT, or ``document()``) are skipped, and
:func:`skipped` names them (``python -m teikit.validate.schematron`` lists them).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache

from .findings import Finding

NAMESPACES = {"tei": "http://www.tei-c.org/ns/1.0", "xs": "http://www.w3.org/2001/XMLSchema",
              "rng": "http://relaxng.org/ns/structure/1.0",
              "sch": "http://purl.oclc.org/dsdl/schematron",
              "teix": "http://www.tei-c.org/ns/Examples",
              "rna": "http://relaxng.org/ns/compatibility/annotations/1.0",
              "sch1x": "http://www.ascc.net/xml/schematron"}
NAMED = re.compile(r"tei:([A-Za-z][\w.-]*)")
ATTRIBUTE = re.compile(r"@([A-Za-z][\w.-]*)")


class Rule:
    def __init__(self, data: dict):
        self.code = data["code"]
        self.context = data["context"]
        self.lets = data["lets"]
        self.checks = data["checks"]
        wildcard = re.match(r"\s*(?:tei:)?\*", self.context) is not None
        # per alternative: the names that must all occur, and groups of which one must
        self.needs = None if wildcard else [_needs(a) for a in _alternatives(self.context)]
        self.attributes = set(ATTRIBUTE.findall(self.context)) if wildcard else set()
        self._fires: list[Need | None] | None = None
        self.compiled = None
        self.error: str | None = None

    def applies(self, names: AbstractSet[str], attributes: AbstractSet[str]) -> bool:
        """Whether the rule can find anything in a document with these element and
        attribute names: its context can match, and one of its checks can fire."""
        if self.needs is not None:
            if not any(all_ <= names and all(group & names for group in any_)
                       for all_, any_ in self.needs):
                return False
        elif self.attributes and not self.attributes & attributes:
            return False
        return any(need is None or _holds(need, names, attributes) for need in self.fires)

    @property
    def fires(self) -> list[Need | None]:
        """Per check, the names its test needs to fire (None: it may fire anywhere)."""
        if self._fires is None:
            self._fires = [_test_needs(c["test"]) if c["kind"] == "report" else None
                           for c in self.checks]
        return self._fires

    def compile(self):
        """(context selector, [(name, let)], [(check, test, message parts)]); None when
        elementpath cannot read a part."""
        if self.compiled is None and self.error is None:
            import elementpath
            try:
                parser = elementpath.XPath2Parser(namespaces=NAMESPACES,
                                                  variable_types={n: "item()*"
                                                                  for n, _v in self.lets})
                context = parser.parse("//(" + self.context + ")")
                lets = [(n, parser.parse(v)) for n, v in self.lets]
                checks = []
                for c in self.checks:
                    parts = [p if isinstance(p, str) else
                             (p[0], parser.parse(p[1]) if p[0] == "value-of" else None)
                             for p in c["message"]]
                    checks.append((c, parser.parse(c["test"]), parts))
                self.compiled = (context, lets, checks)
            except Exception as exc:          # elementpath: any parse or static error
                self.error = f"{type(exc).__name__}: {exc}"
        return self.compiled


# A report fires when its test is true. Tests made of location paths joined by `and`, `or`
# and `|` are true only if the elements and attributes their steps name occur in the
# document: `@target and @cRef` needs both attributes, `(ancestor::tei:l or
# ancestor::tei:lg) and not(...)` an <l> or an <lg>. Anything else (functions, values,
# variables, not()) is taken as able to fire anywhere.
PATH_STEP = re.compile(r"(?:(?:ancestor|ancestor-or-self|parent|self|child|descendant|"
                       r"descendant-or-self|following|following-sibling|preceding|"
                       r"preceding-sibling)::)?(?:tei:(?P<element>[A-Za-z][\w.-]*)|\*|\.\.?)"
                       r"|(?:attribute::|@)(?P<attribute>[A-Za-z][\w.-]*)")
Need = tuple  # ("all" | "any", [Need, ...]) or ("names", elements, attributes)


def _test_needs(test: str) -> Need | None:
    """What must occur for *test* to be true (None: nothing known)."""
    test = _unwrap(test.strip())
    for joiner, kind in ((" and ", "all"), (" or ", "any"), ("|", "any")):
        parts = _split_top(test, joiner)
        if len(parts) > 1:
            needs = [_test_needs(part) for part in parts]
            if kind == "all":
                known = [n for n in needs if n is not None]
                return ("all", known) if known else None
            return None if any(n is None for n in needs) else ("any", needs)
    elements, attributes = set(), set()
    for step in re.split(r"//?", test.removeprefix("//").removeprefix("/")):
        m = PATH_STEP.fullmatch(step.strip())
        if m is None:
            return None
        if m.group("element"):
            elements.add(m.group("element"))
        elif m.group("attribute"):
            attributes.add(m.group("attribute"))
    return ("names", frozenset(elements), frozenset(attributes))


def _holds(need: Need, names: AbstractSet[str], attributes: AbstractSet[str]) -> bool:
    if need[0] == "names":
        return need[1] <= names and need[2] <= attributes
    parts = (_holds(n, names, attributes) for n in need[1])
    return all(parts) if need[0] == "all" else any(parts)


def _unwrap(text: str) -> str:
    """*text* without parentheses that enclose all of it."""
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += (c in "([") - (c in ")]")
        if depth < 0:
            return False
    return depth == 0


def _split_top(text: str, joiner: str) -> list[str]:
    """*text* split at *joiner* outside brackets and string literals."""
    parts, depth, start, quote, i = [], 0, 0, "", 0
    while i < len(text):
        c = text[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0 and text.startswith(joiner, i) and \
                not (joiner == "|" and text.startswith("||", i)):
            parts.append(text[start:i])
            i += len(joiner)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _needs(pattern: str) -> tuple[set, list[set]]:
    """The element names a path pattern's steps name (predicates left out): those outside
    parentheses must all occur; of each parenthesized union, one must."""
    text, depth, out = pattern, 0, []
    for c in text:                                 # drop [predicates]
        depth += c == "["
        if depth == 0:
            out.append(c)
        depth -= c == "]"
    steps = "".join(out)
    groups = [set(NAMED.findall(g)) for g in re.findall(r"\(([^()]*)\)", steps)]
    outside = set(NAMED.findall(re.sub(r"\([^()]*\)", " ", steps)))
    return outside, [g for g in groups if g]


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    from .teiall import load
    return [Rule(r) for r in load()["schematron"]]


def skipped() -> list[tuple[str, str]]:
    """(code, why) for each rule teikit cannot evaluate."""
    out = []
    for rule in rules():
        if rule.compile() is None:
            out.append((rule.code, rule.error or "cannot be evaluated"))
    return out


def check(root, names=None) -> list[Finding]:
    """Every TEI-All constraint a document breaks, as warnings. *names*: the document's
    (element names, attribute names) as (namespace, local name), when the caller has
    them already."""
    if names is None:
        from .schemas import document_names
        names = document_names(root)
    found: list[Finding] = []
    document = None
    for rule in applicable(*_local_names(names)):
        fast = _lxml_queries(rule)
        if fast is not None:
            found.extend(_run_lxml(rule, fast, root))
            continue
        compiled = rule.compile()
        if compiled is None:
            continue
        if document is None:
            import elementpath
            document = elementpath.get_node_tree(root.getroottree())
        found.extend(_run_elementpath(rule, compiled, document))
    return found


def _local_names(names) -> tuple[frozenset[str], frozenset[str]]:
    if isinstance(names[0], frozenset) and isinstance(names[1], frozenset):
        return _local_names_of(names[0], names[1])      # the grammar's: the same each time
    return (frozenset(local for _ns, local in names[0]),
            frozenset(local for _ns, local in names[1]))


@lru_cache(maxsize=64)
def _local_names_of(names: frozenset, attributes: frozenset):
    return (frozenset(local for _ns, local in names),
            frozenset(local for _ns, local in attributes))


@lru_cache(maxsize=256)
def applicable(names: frozenset[str], attributes: frozenset[str]) -> list[Rule]:
    """The rules whose context can match in a document with these element and attribute
    (local) names; documents of one corpus share a few such sets."""
    return [r for r in rules() if r.applies(names, attributes)]


def _alternatives(pattern: str) -> list[str]:
    """A match pattern's top-level alternatives (split at | outside brackets)."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(pattern):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return [p.strip() for p in parts]


@cache
def _lxml_queries(rule: Rule):
    """The rule as lxml XPath 1.0 queries, one per check, that select exactly the nodes
    the check fails on (libxml2 evaluates them in C); None when the rule needs XPath 2
    (variables, eq, tokenize, …): elementpath evaluates it then. For the expressions both
    can read, XPath 1.0 and 2.0 give the same answer."""
    from lxml import etree
    if rule.lets:
        return None
    alternatives = _alternatives(rule.context)
    if any(a.startswith("(") or a.startswith("/") for a in alternatives):
        return None
    out = []
    try:
        for check in rule.checks:
            test = check["test"]
            predicate = f"[{test}]" if check["kind"] == "report" else f"[not({test})]"
            query = " | ".join(f"//{a}{predicate}" for a in alternatives)
            parts = [p if isinstance(p, str) else
                     (p[0], etree.XPath(p[1], namespaces=NAMESPACES) if p[0] == "value-of"
                      else None)
                     for p in check["message"]]
            out.append((check, etree.XPath(query, namespaces=NAMESPACES), parts))
    except etree.XPathError:
        return None
    return out


def _run_lxml(rule: Rule, queries, root) -> list[Finding]:
    from lxml import etree
    out = []
    for _check, query, parts in queries:
        try:
            nodes = query(root)
        except etree.XPathError:
            return []
        for node in nodes:
            if isinstance(node, etree._ElementUnicodeResult):   # an attribute (a smart string)
                element, attribute = node.getparent(), node.attrname
            else:
                element, attribute = node, None
            out.append(Finding(_lxml_message(parts, element, attribute), rule.code,
                               element, attribute, severity="warning"))
    return out


def _lxml_message(parts, element, attribute) -> str:
    from lxml import etree
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "name":
            out.append((attribute or etree.QName(element).localname).rsplit("}", 1)[-1])
        else:
            try:
                result = part[1](element)
            except etree.XPathError:
                result = "…"
            items = result if isinstance(result, list) else [result]
            out.append(" ".join(str(getattr(i, "text", None) or i) for i in items))
    return " ".join("".join(out).split())


def _run_elementpath(rule: Rule, compiled, document) -> list[Finding]:
    from elementpath import XPathContext
    selector, lets, checks = compiled
    try:
        nodes = list(selector.select(XPathContext(document)))
    except Exception:
        return []
    found = []
    for node in nodes:
        found.extend(_check_node(rule, node, document, lets, checks))
    return found


def _check_node(rule: Rule, node, document, lets, checks) -> list[Finding]:
    from elementpath import XPathContext
    variables: dict = {}
    try:
        for name, expr in lets:
            variables[name] = expr.evaluate(XPathContext(document, item=node,
                                                         variables=dict(variables)))
    except Exception:
        return []
    out = []
    for check, test, parts in checks:
        context = XPathContext(document, item=node, variables=dict(variables))
        try:
            value = test.boolean_value(test.evaluate(context))
        except Exception:
            continue
        if value == (check["kind"] == "report"):
            element, attribute = _target(node)
            message = _message(parts, node, document, variables)
            out.append(Finding(message, rule.code, element, attribute, severity="warning"))
    return out


def _target(node):
    """The lxml element (and attribute name) a node stands for."""
    value = getattr(node, "value", None)
    elem = getattr(node, "elem", None)
    if elem is not None and hasattr(elem, "tag"):
        return elem, None
    parent = getattr(node, "parent", None)
    if parent is not None and getattr(parent, "elem", None) is not None:
        return parent.elem, getattr(node, "name", None)
    return getattr(node, "obj", value), None


def _message(parts, node, document, variables) -> str:
    from elementpath import XPathContext
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "name":
            element, attribute = _target(node)
            name = attribute or (element.tag if element is not None else "")
            out.append(str(name).rsplit("}", 1)[-1])
        else:
            try:
                result = part[1].evaluate(XPathContext(document, item=node,
                                                       variables=dict(variables)))
                items = result if isinstance(result, list) else [result]
                out.append(" ".join(str(getattr(i, "string_value", i)) for i in items))
            except Exception:
                out.append("…")
    return " ".join("".join(out).split())


def main() -> int:
    gone = skipped()
    print(f"{len(rules())} TEI-All constraints; {len(gone)} skipped:")
    for code, why in gone:
        print(f"  {code}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

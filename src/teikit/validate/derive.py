"""RELAX NG validation by derivatives (James Clark's algorithm, the one jing uses), with
jing's error recovery: after an error the check goes on with the rest of the element and
the rest of the file, so every error is found, each at its own place.

It runs on a grammar pruned to the file's element names (:mod:`teikit.validate.rng`), and
only for files libxml2 has already found invalid: libxml2 gives the verdict quickly, this
module says everything that is wrong, in an editor's words.

Recovery, as in jing:
* an element not allowed where it stands is reported and skipped: the parent goes on as if
  it were not there, unless it would be allowed after some missing elements (then the
  parent goes on after it, as jing does); its own content is checked against every
  element of that name in the grammar;
* a bad attribute is reported and ignored; a missing one is reported and assumed;
* text where none may stand is reported and ignored;
* an element that ends too early is reported at its end tag, and its parent goes on.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import datatypes
from .rng import nc_contains

if TYPE_CHECKING:
    from lxml import etree

XML_NS = "http://www.w3.org/XML/1998/namespace"
TEI_NS = "http://www.tei-c.org/ns/1.0"


class Pat:
    """An interned pattern: two patterns are equal exactly when they are the same
    object."""

    __slots__ = ("__weakref__", "a", "b", "kind", "nullable")

    def __init__(self, kind, a=None, b=None, nullable=False):
        self.kind, self.a, self.b, self.nullable = kind, a, b, nullable

    def __repr__(self):                          # pragma: no cover - debugging aid
        return f"<{self.kind}>"


class Builder:
    """Makes interned patterns, and the derivatives of Clark's algorithm, memoized."""

    def __init__(self):
        self.table: dict = {}
        self.EMPTY = self._mk(("empty",), "empty", nullable=True)
        self.NA = self._mk(("notAllowed",), "notAllowed")
        self.TEXT = self._mk(("text",), "text", nullable=True)
        self.open_memo: dict = {}
        self.close_memo: dict = {}
        self.end_memo: dict = {}
        self.att_memo: dict = {}
        self.text_memo: dict = {}
        self.cand_memo: dict = {}
        self.reach_memo: dict = {}
        self.value_memo: dict = {}
        self.free_memo: dict = {}

    def _mk(self, key, kind, a=None, b=None, nullable=False) -> Pat:
        p = self.table.get(key)
        if p is None:
            p = self.table[key] = Pat(kind, a, b, nullable)
        return p

    # -- constructors (with the simplifications that keep patterns small)

    def choice(self, a: Pat, b: Pat) -> Pat:
        if a is self.NA:
            return b
        if b is self.NA or a is b:
            return a
        return self.choice_all((a, b))

    def choice_all(self, parts) -> Pat:
        """The choice of many patterns at once (linear, where pairwise is quadratic)."""
        members: dict = {}
        for p in parts:
            if p is self.NA:
                continue
            for m in (p.a if p.kind == "choice" else (p,)):
                members[id(m)] = m
        if not members:
            return self.NA
        if len(members) == 1:
            return next(iter(members.values()))
        key = ("choice", frozenset(members))
        return self._mk(key, "choice", frozenset(members.values()), None,
                        any(m.nullable for m in members.values()))

    def group(self, a: Pat, b: Pat) -> Pat:
        if a is self.NA or b is self.NA:
            return self.NA
        if a is self.EMPTY:
            return b
        if b is self.EMPTY:
            return a
        return self._mk(("group", id(a), id(b)), "group", a, b, a.nullable and b.nullable)

    def interleave(self, a: Pat, b: Pat) -> Pat:
        if a is self.NA or b is self.NA:
            return self.NA
        if a is self.EMPTY:
            return b
        if b is self.EMPTY:
            return a
        return self._mk(("interleave", id(a), id(b)), "interleave", a, b,
                        a.nullable and b.nullable)

    def after(self, a: Pat, b: Pat) -> Pat:
        if a is self.NA or b is self.NA:
            return self.NA
        return self._mk(("after", id(a), id(b)), "after", a, b)

    def one_or_more(self, p: Pat) -> Pat:
        if p is self.NA or p is self.EMPTY:
            return p
        return self._mk(("oneOrMore", id(p)), "oneOrMore", p, None, p.nullable)

    def optional(self, p: Pat) -> Pat:
        return self.choice(p, self.EMPTY)

    # -- derivatives

    def apply_after(self, f, p: Pat) -> Pat:
        if p.kind == "after":
            return self.after(p.a, f(p.b))
        if p.kind == "choice":
            out = self.choice_all(self.apply_after(f, m) for m in p.a)
            return out
        return self.NA

    def start_tag_open(self, p: Pat, ns: str, local: str) -> Pat:
        key = (id(p), ns, local)
        hit = self.open_memo.get(key)
        if hit is not None:
            return hit
        k = p.kind
        if k == "choice":
            out = self.choice_all(self.start_tag_open(m, ns, local) for m in p.a)
        elif k == "element":
            out = self.after(p.b.content(self), self.EMPTY) \
                if nc_contains(p.a, ns, local) else self.NA
        elif k == "interleave":
            a, b = p.a, p.b
            out = self.choice(
                self.apply_after(lambda x: self.interleave(x, b),
                                 self.start_tag_open(a, ns, local)),
                self.apply_after(lambda x: self.interleave(a, x),
                                 self.start_tag_open(b, ns, local)))
        elif k == "oneOrMore":
            rest = self.optional(p)
            out = self.apply_after(lambda x: self.group(x, rest),
                                   self.start_tag_open(p.a, ns, local))
        elif k == "group":
            a, b = p.a, p.b
            out = self.apply_after(lambda x: self.group(x, b), self.start_tag_open(a, ns, local))
            if a.nullable:
                out = self.choice(out, self.start_tag_open(b, ns, local))
        elif k == "after":
            b = p.b
            out = self.apply_after(lambda x: self.after(x, b),
                                   self.start_tag_open(p.a, ns, local))
        else:
            out = self.NA
        self.open_memo[key] = out
        return out

    def att(self, p: Pat, ns: str, local: str, value: str | None) -> Pat:
        """The derivative by one attribute (*value* None: any value). Memoized on which of
        the attribute patterns for that name accept the value, not on the value."""
        cands = self.att_candidates(p, ns, local)
        if value is None:
            ok = frozenset(id(a) for a in cands)
        else:
            ok = frozenset(id(a) for a in cands if self.value_match(a.b, value))
        return self._att(p, ns, local, ok)

    def att_candidates(self, p: Pat, ns: str, local: str) -> tuple:
        key = (id(p), ns, local)
        hit = self.cand_memo.get(key)
        if hit is None:
            found: dict = {}
            stack = [p]
            while stack:
                q = stack.pop()
                k = q.kind
                if k == "attribute":
                    if nc_contains(q.a, ns, local):
                        found[id(q)] = q
                elif k == "choice":
                    stack.extend(q.a)
                elif k in ("group", "interleave"):
                    stack.append(q.a)
                    stack.append(q.b)
                elif k in ("oneOrMore", "after"):
                    stack.append(q.a)
            hit = self.cand_memo[key] = tuple(found.values())
        return hit

    def _att(self, p: Pat, ns: str, local: str, ok: frozenset) -> Pat:
        key = (id(p), ns, local, ok)
        hit = self.att_memo.get(key)
        if hit is not None:
            return hit
        k = p.kind
        if k == "after":
            out = self.after(self._att(p.a, ns, local, ok), p.b)
        elif k == "choice":
            out = self.choice_all(self._att(m, ns, local, ok) for m in p.a)
        elif k in ("group", "interleave"):
            mk = self.group if k == "group" else self.interleave
            out = self.choice(mk(self._att(p.a, ns, local, ok), p.b),
                              mk(p.a, self._att(p.b, ns, local, ok)))
        elif k == "oneOrMore":
            out = self.group(self._att(p.a, ns, local, ok), self.optional(p))
        elif k == "attribute":
            out = self.EMPTY if id(p) in ok else self.NA
        else:
            out = self.NA
        self.att_memo[key] = out
        return out

    def value_match(self, p: Pat, value: str) -> bool:
        key = (id(p), value)
        hit = self.value_memo.get(key)
        if hit is None:
            hit = self.value_memo[key] = (p.nullable and not value.strip()) or \
                self.text(p, value).nullable
        return hit

    def start_tag_close(self, p: Pat, recover: bool = False) -> Pat:
        """Attributes not given are missing (or, recovering, assumed present)."""
        key = (id(p), recover)
        hit = self.close_memo.get(key)
        if hit is not None:
            return hit
        k = p.kind
        if k == "after":
            out = self.after(self.start_tag_close(p.a, recover), p.b)
        elif k == "choice":
            out = self.choice_all(self.start_tag_close(m, recover) for m in p.a)
        elif k == "group":
            out = self.group(self.start_tag_close(p.a, recover),
                             self.start_tag_close(p.b, recover))
        elif k == "interleave":
            out = self.interleave(self.start_tag_close(p.a, recover),
                                  self.start_tag_close(p.b, recover))
        elif k == "oneOrMore":
            out = self.one_or_more(self.start_tag_close(p.a, recover))
        elif k == "attribute":
            out = self.EMPTY if recover else self.NA
        else:
            out = p
        self.close_memo[key] = out
        return out

    def end_tag(self, p: Pat, recover: bool = False) -> Pat:
        key = (id(p), recover)
        hit = self.end_memo.get(key)
        if hit is not None:
            return hit
        if p.kind == "choice":
            out = self.choice_all(self.end_tag(m, recover) for m in p.a)
        elif p.kind == "after":
            out = p.b if (recover or p.a.nullable) else self.NA
        else:
            out = self.NA
        self.end_memo[key] = out
        return out

    def data_free(self, p: Pat) -> bool:
        """Whether text derivatives of *p* do not depend on the text (no data, value or
        list where text may stand)."""
        hit = self.free_memo.get(id(p))
        if hit is None:
            k = p.kind
            if k in ("data", "value", "list"):
                hit = False
            elif k == "choice":
                hit = all(self.data_free(m) for m in p.a)
            elif k in ("group", "interleave"):
                hit = self.data_free(p.a) and self.data_free(p.b)
            elif k in ("oneOrMore", "after"):
                hit = self.data_free(p.a)
            else:
                hit = True
            self.free_memo[id(p)] = hit
        return hit

    def text(self, p: Pat, s: str) -> Pat:
        if self.data_free(p):
            hit = self.text_memo.get(id(p))
            if hit is None:
                hit = self.text_memo[id(p)] = self._text(p, "x")
            return hit
        return self._text(p, s)

    def _text(self, p: Pat, s: str) -> Pat:
        k = p.kind
        if k == "choice":
            out = self.choice_all(self.text(m, s) for m in p.a)
            return out
        if k == "interleave":
            return self.choice(self.interleave(self.text(p.a, s), p.b),
                               self.interleave(p.a, self.text(p.b, s)))
        if k == "group":
            out = self.group(self.text(p.a, s), p.b)
            return self.choice(out, self.text(p.b, s)) if p.a.nullable else out
        if k == "after":
            return self.after(self.text(p.a, s), p.b)
        if k == "oneOrMore":
            return self.group(self.text(p.a, s), self.optional(p))
        if k == "text":
            return p
        if k == "value":
            typ, value = p.a
            return self.EMPTY if datatypes.equal(typ, value, s) else self.NA
        if k == "data":
            typ, params = p.a
            if not datatypes.allows(typ, params, s):
                return self.NA
            if p.b is not None and self.text(p.b, s).nullable:
                return self.NA
            return self.EMPTY
        if k == "list":
            q = p.a
            for word in s.split():
                q = self.text(q, word)
                if q is self.NA:
                    return self.NA
            return self.EMPTY if q.nullable else self.NA
        return self.NA

    # -- what a state accepts (for messages)

    def expected_elements(self, p: Pat, out: list, seen: set) -> None:
        """The element patterns that could start in state *p*."""
        if id(p) in seen:
            return
        seen.add(id(p))
        k = p.kind
        if k == "element":
            out.append(p)
        elif k == "choice":
            for m in p.a:
                self.expected_elements(m, out, seen)
        elif k in ("group",):
            self.expected_elements(p.a, out, seen)
            if p.a.nullable:
                self.expected_elements(p.b, out, seen)
        elif k == "interleave":
            self.expected_elements(p.a, out, seen)
            self.expected_elements(p.b, out, seen)
        elif k in ("oneOrMore",):
            self.expected_elements(p.a, out, seen)
        elif k == "after":
            self.expected_elements(p.a, out, seen)

    def reachable(self, p: Pat) -> frozenset:
        """Every element name that may occur in state *p*, at this point or later (names as
        (ns, local); ("*", "*") for an open name class)."""
        hit = self.reach_memo.get(id(p))
        if hit is None:
            out: set = set()
            stack, seen = [p], set()
            while stack:
                q = stack.pop()
                if id(q) in seen:
                    continue
                seen.add(id(q))
                k = q.kind
                if k == "element":
                    out.add((q.a[1], q.a[2]) if q.a[0] == "name" else ("*", "*"))
                elif k == "choice":
                    stack.extend(q.a)
                elif k in ("group", "interleave"):
                    stack.extend((q.a, q.b))
                elif k in ("oneOrMore", "after"):
                    stack.append(q.a)
            hit = self.reach_memo[id(p)] = frozenset(out)
        return hit

    def allows_text(self, p: Pat) -> bool:
        k = p.kind
        if k in ("text",):
            return True
        if k == "choice":
            return any(self.allows_text(m) for m in p.a)
        if k == "group":
            return self.allows_text(p.a) or (p.a.nullable and self.allows_text(p.b))
        if k == "interleave":
            return self.allows_text(p.a) or self.allows_text(p.b)
        if k in ("oneOrMore", "after"):
            return self.allows_text(p.a)
        return False

    def attributes(self, p: Pat, out: dict, required: bool = True) -> None:
        """Attribute patterns in state *p*: name class -> whether it is required."""
        k = p.kind
        if k == "attribute":
            key = id(p)
            out[key] = (p, out.get(key, (p, False))[1] or required)
        elif k == "choice":
            alts = list(p.a)
            nullable_branch = any(m is self.EMPTY for m in alts)
            for m in alts:
                self.attributes(m, out, required and not nullable_branch and len(alts) == 1)
        elif k in ("group", "interleave"):
            self.attributes(p.a, out, required)
            self.attributes(p.b, out, required)
        elif k in ("oneOrMore", "after"):
            self.attributes(p.a, out, required)


class ElementRef:
    """The content of an element define, built when first needed."""

    __slots__ = ("_content", "grammar", "name")
    _content: Pat | None

    def __init__(self, name: str, grammar: Grammar):
        self.name, self.grammar, self._content = name, grammar, None

    def content(self, b: Builder) -> Pat:
        if self._content is None:
            self._content = self.grammar.pattern(self.grammar.defines[self.name][2])
        return self._content


class Grammar:
    """A grammar of :mod:`teikit.validate.rng` as interned patterns."""

    def __init__(self, grammar: dict):
        self.b = Builder()
        self.defines = grammar["defines"]
        self.refs: dict[str, Pat] = {}
        self.by_name: dict[tuple, list] = {}
        self.start = self.pattern(grammar["start"])

    def ref(self, name: str) -> Pat:
        hit = self.refs.get(name)
        if hit is not None:
            return hit
        body = self.defines[name]
        if body[0] == "element":
            p = self.b._mk(("element", name), "element", body[1], ElementRef(name, self))
        else:
            p = self.pattern(body)
        self.refs[name] = p
        return p

    def pattern(self, j: list) -> Pat:
        b = self.b
        k = j[0]
        if k == "ref":
            return self.ref(j[1])
        if k == "choice":
            return b.choice_all(self.pattern(q) for q in j[1:])
        if k in ("group", "interleave"):
            mk = b.group if k == "group" else b.interleave
            parts = [self.pattern(q) for q in j[1:]]
            out = parts[-1]
            for q in reversed(parts[:-1]):
                out = mk(q, out)
            return out
        if k == "oneOrMore":
            return b.one_or_more(self.pattern(j[1]))
        if k == "list":
            inner = self.pattern(j[1])
            return b._mk(("list", id(inner)), "list", inner)
        if k == "empty":
            return b.EMPTY
        if k == "notAllowed":
            return b.NA
        if k == "text":
            return b.TEXT
        if k == "attribute":
            content = self.pattern(j[2])
            key: tuple[object, ...] = ("attribute", repr(j[1]), id(content))
            return b._mk(key, "attribute", j[1], content, False)
        if k == "data":
            exc = self.pattern(j[3]) if j[3] is not None else None
            key = ("data", j[1], tuple(sorted(j[2].items())), id(exc))
            return b._mk(key, "data", (j[1], j[2]), exc)
        if k == "value":
            return b._mk(("value", j[1], j[2]), "value", (j[1], j[2]))
        raise ValueError(f"unknown pattern {k}")

    def elements_named(self, ns: str, local: str) -> list[Pat]:
        key = (ns, local)
        if key not in self.by_name:
            self.by_name[key] = [self.ref(n) for n, body in self.defines.items()
                                 if body[0] == "element" and nc_contains(body[1], ns, local)]
        return self.by_name[key]


# ----------------------------------------------------------------------------- checking

@dataclass
class Problem:
    """What the check found, before it is worded (see :mod:`teikit.validate.messages`)."""

    kind: str           # element | missing | text | attribute | value | required | id | content
    element: etree._Element     # the lxml element it is about (the parent for text and missing)
    at_end: bool = False            # reported at the element's end tag
    child: etree._Element | None = None     # the misplaced element
    attribute: str | None = None    # Clark name
    value: str | None = None
    expected: tuple = ()            # element names (ns, local) that were possible
    text_allowed: bool = False
    after: tuple = ()               # (ns, local) it must come after
    before: etree._Element | None = None    # a sibling element it must come before
    anywhere: bool = True           # the element exists in the grammar
    types: tuple = ()               # for values: (type, params) or ("value", v)
    other: etree._Element | None = None     # for ids: the first element with the id
    text_line: int | None = None


def split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        return ns, local
    return "", tag


class Checker:
    """Checks a parsed document against a :class:`Grammar`, collecting every problem."""

    MAX_PROBLEMS = 10000

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.b = grammar.b
        self.problems: list[Problem] = []
        self.ids: dict[str, etree._Element] = {}

    def check(self, root) -> list[Problem]:
        b = self.b
        state = b.after(self.g.start, b.EMPTY)     # the document: one element, then nothing
        self.element(root, state, [], 0)
        return self.problems

    def report(self, problem: Problem) -> None:
        if len(self.problems) < self.MAX_PROBLEMS:
            self.problems.append(problem)

    def element(self, el, state: Pat, history: list, position: int) -> Pat:
        """Check *el* in its parent's *state*; returns the parent's next state."""
        b = self.b
        ns, local = split(el.tag)
        opened = b.start_tag_open(state, ns, local)
        parent_next = None
        if opened is b.NA:
            parent_next = self.misplaced(el, state, history, position, ns, local)
            candidates = self.g.elements_named(ns, local)
            if not candidates:
                return parent_next                # not in the grammar: content not checked
            inner = b.NA
            for c in candidates:
                inner = b.choice(inner, b.after(c.b.content(b), b.EMPTY))
            opened = inner
        opened = self.attributes(el, opened)
        closed = b.start_tag_close(opened)
        if closed is b.NA:
            self.missing_attributes(el, opened)
            closed = b.start_tag_close(opened, recover=True)
        inner_state = self.children(el, closed)
        ended = b.end_tag(inner_state)
        if ended is b.NA:
            self.report(Problem("missing", el, at_end=True,
                                expected=self.names(inner_state)))
            ended = b.end_tag(inner_state, recover=True)
        if parent_next is not None:
            return parent_next
        return ended

    def names(self, state: Pat) -> tuple:
        found: list = []
        self.b.expected_elements(state, found, set())
        out = []
        for p in found:
            nc = p.a
            if nc[0] == "name":
                out.append((nc[1], nc[2]))
            else:
                out.append(("*", "*"))
        return tuple(dict.fromkeys(out))

    def misplaced(self, el, state, history, position, ns, local) -> Pat:
        """Report *el* where it may not stand; the parent's state to go on with."""
        b = self.b
        anywhere = bool(self.g.elements_named(ns, local))
        expected = self.names(state)
        # allowed after some elements that are missing here? (jing: "not allowed yet")
        after, resumed = self.after_missing(state, ns, local, expected)
        before = None
        if after is None:
            for sibling, earlier in reversed(history):
                if b.start_tag_open(earlier, ns, local) is not b.NA:
                    before = sibling
                    break
        self.report(Problem("element", el.getparent() if el.getparent() is not None else el,
                            child=el, expected=expected, after=after or (), before=before,
                            anywhere=anywhere, text_allowed=b.allows_text(state)))
        if resumed is not None:
            return resumed
        return state

    def after_missing(self, state, ns, local, expected):
        """The elements that, inserted first, would let (ns, local) stand here (one or two
        levels deep); and the state after the element then."""
        b = self.b
        later = b.reachable(state)
        if (ns, local) not in later and ("*", "*") not in later:
            return None, None
        for name in expected:
            if name == ("*", "*"):
                continue
            skipped = self.skip(state, name)
            opened = b.start_tag_open(skipped, ns, local)
            if opened is not b.NA:
                options = tuple(n for n in expected if n != ("*", "*") and
                                b.start_tag_open(self.skip(state, n), ns, local) is not b.NA)
                return options, self.skip(state, (ns, local), opened)
        return None, None

    def skip(self, state, name, opened=None) -> Pat:
        """The state after an element *name* whose content is taken as valid."""
        b = self.b
        if opened is None:
            opened = b.start_tag_open(state, *name)
        return b.end_tag(opened, recover=True)

    def attributes(self, el, state: Pat) -> Pat:
        b = self.b
        for name, value in el.attrib.items():
            ns, local = split(name)
            nxt = b.att(state, ns, local, value)
            if nxt is b.NA:
                self.bad_attribute(el, state, name, ns, local, value)
                # a bad value: go on as if the value were right (jing does the same)
                nxt = b.att(state, ns, local, None)
                if nxt is not b.NA:
                    state = nxt
                continue
            if (ns, local) == (XML_NS, "id"):
                self.id(el, value)
            state = nxt
        return state

    def bad_attribute(self, el, state, name, ns, local, value) -> None:
        found: dict = {}
        self.b.attributes(state, found)
        named = [p for p, _req in found.values() if nc_contains(p.a, ns, local)]
        if not named:
            self.report(Problem("attribute", el, attribute=name, value=value))
            return
        types: list[tuple[str, object]] = []
        for p in named:
            self.value_types(p.b, types)
        self.report(Problem("value", el, attribute=name, value=value,
                            types=tuple(types)))

    def value_types(self, p: Pat, out: list) -> None:
        k = p.kind
        if k == "data":
            out.append(p.a)
        elif k == "value":
            out.append(("value", p.a[1]))
        elif k == "choice":
            for m in p.a:
                self.value_types(m, out)
        elif k == "list":
            out.append(("list", None))
        elif k in ("group", "oneOrMore"):
            self.value_types(p.a, out)

    def missing_attributes(self, el, state) -> None:
        found: dict = {}
        self.b.attributes(state, found)
        required = [p for p, _req in found.values()
                    if self.close_assuming(state, p) is not self.b.NA]
        if not required:
            required = [p for p, req in found.values() if req]
        names = tuple(sorted({_nc_label(p.a) for p in required}))
        self.report(Problem("required", el, expected=names))

    def close_assuming(self, p: Pat, present: Pat) -> Pat:
        """start_tag_close with only the attribute pattern *present* taken as given."""
        b = self.b
        k = p.kind
        if k == "after":
            return b.after(self.close_assuming(p.a, present), p.b)
        if k == "choice":
            return b.choice_all(self.close_assuming(m, present) for m in p.a)
        if k in ("group", "interleave"):
            mk = b.group if k == "group" else b.interleave
            return mk(self.close_assuming(p.a, present), self.close_assuming(p.b, present))
        if k == "oneOrMore":
            return b.one_or_more(self.close_assuming(p.a, present))
        if k == "attribute":
            return b.EMPTY if p is present else b.NA
        return p

    def id(self, el, value: str) -> None:
        key = value.strip()
        first = self.ids.get(key)
        if first is None:
            self.ids[key] = el
        else:
            self.report(Problem("id", el, attribute=f"{{{XML_NS}}}id", value=key, other=first))

    def children(self, el, state: Pat) -> Pat:
        b = self.b
        kids = [c for c in el if isinstance(c.tag, str)]
        if not kids:
            text = _all_text(el)
            nxt = b.text(state, text)
            if not text.strip():
                nxt = b.choice(state, nxt)
            if nxt is b.NA:
                if text.strip():
                    self.text_problem(el, state, text, None)
                    return state
                # no content where some is required: reported at the end tag
                return state
            return nxt
        history: list = []
        pending = el.text or ""
        position = 0
        for c in el:
            if not isinstance(c.tag, str):             # comment, PI: text runs on
                pending += c.tail or ""
                continue
            state = self.text_run(el, state, pending, history[-1][0] if history else None)
            before = state
            state = self.element(c, state, history, position)
            history.append((c, before))
            position += 1
            pending = c.tail or ""
        return self.text_run(el, state, pending, history[-1][0] if history else None)

    def text_run(self, el, state: Pat, text: str, previous) -> Pat:
        if not text.strip():
            return state
        nxt = self.b.text(state, text)
        if nxt is self.b.NA:
            self.text_problem(el, state, text, previous)
            return state
        return nxt

    def text_problem(self, el, state, text, previous) -> None:
        if previous is None:
            line = (el.sourceline or 0)
        else:
            line = end_line(previous)
        line += text.count("\n", 0, len(text) - len(text.lstrip()))
        # data content (a date, a number) or text where only elements may stand
        types: list = []
        self.content_types(state, types)
        self.report(Problem("content" if types else "text", el, value=" ".join(text.split()),
                            expected=self.names(state), types=tuple(types),
                            text_line=line))

    def content_types(self, p: Pat, out: list) -> None:
        k = p.kind
        if k in ("data", "value", "list"):
            self.value_types(p, out)
        elif k == "choice":
            for m in p.a:
                self.content_types(m, out)
        elif k in ("group", "oneOrMore", "after"):
            self.content_types(p.a, out)


def _nc_label(nc) -> tuple:
    if nc[0] == "name":
        return (nc[1], nc[2])
    return ("*", "*")


def _all_text(el) -> str:
    parts = [el.text or ""]
    for c in el:
        parts.append(c.tail or "")
    return "".join(parts)


def end_line(el) -> int:
    """The line of *el*'s end tag (of its start tag, for an empty element), counted from
    the lines of its last descendants and the line breaks in its text."""
    kids = list(el)
    start = el.sourceline or 0
    if not kids:
        return start + (el.text or "").count("\n")
    last = kids[-1]
    return max(start, end_line(last) + (last.tail or "").count("\n"))

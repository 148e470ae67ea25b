"""MathML in a master: passed to the HTML as MathML (browsers render it), under the same
rules as everything else on the page: only MathML's presentation elements and their
layout attributes, never a link, a script, a style or an event handler; and a linear
form for plain text that keeps the structure (``κ = ξ / E_max``).
"""
from __future__ import annotations

from typing import Any

MATHML_NS = "http://www.w3.org/1998/Math/MathML"
M = f"{{{MATHML_NS}}}"
ROOTS = frozenset({M + "math"})
TAGS = frozenset((
    "math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt", "mroot",
    "mstyle", "merror", "mpadded", "mphantom", "mfenced", "menclose", "msub", "msup",
    "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mprescripts", "none",
    "mtable", "mtr", "mtd", "mlabeledtr", "semantics"))
ATTRIBUTES = frozenset((
    "display", "mathvariant", "mathsize", "stretchy", "fence", "separator", "lspace",
    "rspace", "linethickness", "accent", "accentunder", "columnalign", "rowalign",
    "columnspan", "notation", "open", "close", "separators", "scriptlevel", "displaystyle",
    "form", "largeop", "movablelimits", "symmetric", "width", "height", "depth", "bevelled",
    "numalign", "denomalign", "align"))
# Alternative encodings of the same formula (TeX source, content MathML): not shown.
ANNOTATIONS = frozenset({M + "annotation", M + "annotation-xml"})
TOKENS = frozenset(M + n for n in ("mi", "mn", "mo", "ms", "mtext"))
SPACED_OPERATORS = frozenset("=+−-×·÷/<>≤≥≠≈∼≡→←↔⇒⇔∈∉⊂⊆∪∩±∓")


def _local(el) -> str:
    tag = el.tag
    return tag[len(M):] if isinstance(tag, str) and tag.startswith(M) else ""


def write(body: Any, el) -> None:
    """*el* and its descendants as MathML through the HTML writer's guarded output."""
    name = _local(el)
    if el.tag in ANNOTATIONS:
        return
    if name in TAGS:
        body.start(name, {k: v for k, v in el.attrib.items() if k in ATTRIBUTES})
        _content(body, el)
        body.end(name)
    else:                                  # anything else keeps its text, no element
        _content(body, el)


def _content(body: Any, el) -> None:
    if el.text:
        body.write(el.text)
    for child in el:
        if isinstance(child.tag, str):
            write(body, child)
        if child.tail:
            body.write(child.tail)


# -------------------------------------------------------------------- linear text form

def linear(el) -> str:
    """A formula as one line of text: ``x_i^2``, ``a / (b + c)``, ``√(x)``."""
    return " ".join(_linear(el).split())


def _args(el) -> list[str]:
    return [_linear(c) for c in el if isinstance(c.tag, str) and c.tag not in ANNOTATIONS]


def _group(text: str) -> str:
    text = " ".join(text.split())
    return f"({text})" if " " in text else text


def _linear(el) -> str:
    name = _local(el)
    if el.tag in ANNOTATIONS:
        return ""
    if el.tag in TOKENS:
        text = " ".join("".join(el.itertext()).split())
        if name == "mo" and text in SPACED_OPERATORS:
            return f" {text} "
        return text
    args = _args(el)
    if name == "semantics":
        return args[0] if args else ""
    if name == "mfrac" and len(args) == 2:
        return f"{_group(args[0])} / {_group(args[1])}"
    if name in ("msub", "munder") and len(args) == 2:
        return f"{_group(args[0])}_{_group(args[1])}"
    if name in ("msup", "mover") and len(args) == 2:
        return f"{_group(args[0])}^{_group(args[1])}"
    if name in ("msubsup", "munderover") and len(args) == 3:
        return f"{_group(args[0])}_{_group(args[1])}^{_group(args[2])}"
    if name == "msqrt":
        return f"√({' '.join(''.join(args).split())})"
    if name == "mroot" and len(args) == 2:
        return f"root({args[0].strip()}, {args[1].strip()})"
    if name == "mfenced":
        inner = (el.get("separators") or ",")[:1] + " "
        return f"{el.get('open', '(')}{inner.join(a.strip() for a in args)}{el.get('close', ')')}"
    if name == "mtable":
        return "[" + "; ".join(a.strip() for a in args) + "]"
    if name in ("mtr", "mlabeledtr"):
        return ", ".join(a.strip() for a in args)
    if name == "mspace":
        return " "
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(_linear(child))
        parts.append(child.tail or "")
    return _juxtapose(p for p in parts if p.strip())


def _juxtapose(parts) -> str:
    """Parts of a row side by side; two that would glue into one word keep a space."""
    out = ""
    for part in parts:
        if out and (out[-1].isalnum() and part[0].isalnum()):
            out += " "
        out += part
    return out

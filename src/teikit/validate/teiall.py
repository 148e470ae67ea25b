"""TEI-All inside the package: TEI P5's ``tei_all.rng``, simplified, as a compact artefact.

``schema/tei_all-4.7.0.json.gz`` is *derived* from the TEI Consortium's release file
(``tei_all.rng`` of P5 4.7.0, 1.1 MB): the grammar in the normal form of
:mod:`teikit.validate.rng` (annotations dropped, names explicit, simplified) and the
Schematron rules embedded in it, 30 KB gzip-compressed. It is made by this module and
checked by the tests against what this module makes from the release file:

    python -m teikit.validate.teiall ../shared/schemas/tei/p5-4.7.0/tei_all.rng
    python -m teikit.validate.teiall --check ../shared/schemas/tei/p5-4.7.0/tei_all.rng

TEI material is dual-licensed CC BY 3.0 and BSD-2-Clause by the TEI Consortium; the
notice travels inside the artefact and in ``schema/TEI-LICENCE.md``.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

from . import rng

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
VERSION = "4.7.0"
ARTEFACT = SCHEMA_DIR / f"tei_all-{VERSION}.json.gz"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
S = f"{{{SCH_NS}}}"


# ----------------------------------------------------------------------------- building

def build(source: Path) -> dict:
    """The artefact's content, from the release's tei_all.rng."""
    from lxml import etree
    data = source.read_bytes()
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True,
                                                  huge_tree=True))
    notices = [" ".join(c.text.split()) for c in root.iterchildren(etree.Comment)]
    return {
        "source": {"file": source.name, "sha256": hashlib.sha256(data).hexdigest(),
                   "tei_version": VERSION},
        "notice": notices,
        "grammar": rng.read(root),
        "schematron": schematron_rules(root),
    }


def encode(content: dict) -> bytes:
    data = json.dumps(content, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
    return gzip.compress(data, compresslevel=9, mtime=0)


def schematron_rules(root) -> list[dict]:
    """The embedded Schematron rules: one entry per rule, each with its stable code (from
    the constraint's identifier), context, variables, and its asserts and reports."""
    out, seen = [], set()
    for n, pattern in enumerate(root.iter(S + "pattern")):
        for rule in pattern.findall(S + "rule"):
            checks, lets = [], []
            for child in rule:
                if not isinstance(child.tag, str):
                    continue
                kind = child.tag.split("}")[1]
                if kind == "let":
                    lets.append([child.get("name"), child.get("value")])
                elif kind in ("assert", "report"):
                    checks.append({"kind": kind, "test": " ".join(child.get("test").split()),
                                   "role": child.get("role") or "",
                                   "message": _message(child)})
            key = json.dumps([rule.get("context"), lets, checks])
            if key in seen:             # the same constraint on 64 classes (@calendar)
                continue
            seen.add(key)
            out.append({"code": _code(pattern.get("id") or f"rule-{n}", rule.get("context")),
                        "context": " ".join(rule.get("context").split()),
                        "lets": lets, "checks": checks})
    codes = [r["code"] for r in out]
    for i, code in enumerate(codes):        # codes are unique
        if codes.count(code) > 1:
            out[i]["code"] = f"{code}-{codes[:i].count(code) + 1}"
    return out


def _code(pattern_id: str, context: str) -> str:
    m = re.match(r"tei_all-(.*?)-constraint-(?:rule|assert|report)-\d+$", pattern_id)
    if m:
        return "tei:" + m.group(1)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", context.replace("tei:", "")).strip("-")
    return "tei:" + slug + "-constraint"


def _message(el) -> list:
    """The message as parts: text, ["name"] (the context's name), ["value-of", XPATH]."""
    parts: list = []
    if el.text:
        parts.append(el.text)
    for c in el:
        if isinstance(c.tag, str) and c.tag.startswith(S):
            kind = c.tag.split("}")[1]
            if kind == "name":
                parts.append(["name", c.get("path") or ""])
            elif kind == "value-of":
                parts.append(["value-of", c.get("select")])
            else:
                parts.append("".join(c.itertext()))
        elif isinstance(c.tag, str):
            parts.append("".join(c.itertext()))
        if c.tail:
            parts.append(c.tail)
    return parts


# ----------------------------------------------------------------------------- loading

@lru_cache(maxsize=1)
def load() -> dict:
    """The shipped artefact (7 ms to read)."""
    with open(ARTEFACT, "rb") as f:
        return json.loads(gzip.decompress(f.read()))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    if len(args) != 1:
        print(__doc__.split("\n\n")[2], file=sys.stderr)
        return 2
    made = build(Path(args[0]))
    if check:
        same = ARTEFACT.is_file() and json.loads(gzip.decompress(ARTEFACT.read_bytes())) == made
        print(f"{ARTEFACT.name}: {'up to date' if same else 'differs; rebuild it'}")
        return 0 if same else 1
    ARTEFACT.write_bytes(encode(made))
    print(f"wrote {ARTEFACT} ({ARTEFACT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Attack files and broken XML, written by the tests themselves (after defusedxml's
catalogue and lxml's own tests). Each case: (name, bytes, expected outcome code or None
when the document must parse, and what must never appear in any output).

The external-resource attacks point at a secret file made by the test; its content must
never appear anywhere (stdout, stderr, outputs)."""
from __future__ import annotations

import gzip

SECRET = "TEIKIT-SECRET-7d1f0c"          # the content of the file the attacks point at

TEI_NS = "http://www.tei-c.org/ns/1.0"


def tei(body: str, head: str = "", prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
            f'<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>T</title>'
            f'</titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p>'
            f'</sourceDesc></fileDesc>{head}</teiHeader><text><body>{body}</body></text>'
            f'</TEI>\n').encode()


def attacks(secret_path: str, port: int = 9) -> list[tuple[str, bytes, str]]:
    """(name, document, refusal code). Every one must be refused with that code."""
    url = f"http://127.0.0.1:{port}/evil.dtd"
    file_url = f"file://{secret_path}"
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return [
        ("billion-laughs", tei("<p>&l9;</p>", prolog=f'<!DOCTYPE TEI [<!ENTITY l0 "lol">'
                                                      f'{laughs}]>'), "entity-expansion"),
        ("quadratic-blowup", tei("<p>" + "&a;" * 200_000 + "</p>",
                                 prolog=f'<!DOCTYPE TEI [<!ENTITY a "{"x" * 100_000}">]>'),
         "entity-expansion"),
        ("external-entity-file", tei("<p>&s;</p>", prolog=f'<!DOCTYPE TEI [<!ENTITY s SYSTEM '
                                                           f'"{file_url}">]>'), "external-entity"),
        ("external-entity-path", tei("<p>&s;</p>", prolog=f'<!DOCTYPE TEI [<!ENTITY s SYSTEM '
                                                           f'"{secret_path}">]>'),
         "external-entity"),
        ("external-entity-network", tei("<p>&s;</p>", prolog=f'<!DOCTYPE TEI [<!ENTITY s '
                                                              f'SYSTEM "{url}">]>'),
         "external-entity"),
        ("public-entity", tei("<p>&s;</p>", prolog=f'<!DOCTYPE TEI [<!ENTITY s PUBLIC "-//X//EN" '
                                                   f'"{file_url}">]>'), "external-entity"),
        ("external-dtd", tei("<p>x</p>", prolog=f'<!DOCTYPE TEI SYSTEM "{url}">'), "external-dtd"),
        ("external-dtd-file", tei("<p>x</p>", prolog=f'<!DOCTYPE TEI SYSTEM "{file_url}">'),
         "external-dtd"),
        ("parameter-entity", tei("<p>x</p>", prolog=f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM '
                                                     f'"{file_url}"> %p;]>'), "parameter-entity"),
        ("parameter-entity-internal", tei("<p>x</p>", prolog='<!DOCTYPE TEI [<!ENTITY % p '
                                                             '"<!ENTITY q \'x\'>"> %p;]>'),
         "parameter-entity"),
        ("unparsed-entity", tei("<p>x</p>", prolog=f'<!DOCTYPE TEI [<!NOTATION n SYSTEM "x">'
                                                   f'<!ENTITY u SYSTEM "{file_url}" NDATA n>]>'),
         "external-entity"),
        ("entity-with-markup", tei("<p>&m;</p>", prolog='<!DOCTYPE TEI [<!ENTITY m '
                                                        '"<hi>x</hi>">]>'), "entity-expansion"),
        ("xinclude", tei(f'<p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                         f'href="{secret_path}" parse="text"/></p>'), "xinclude"),
        ("gzip", gzip.compress(tei("<p>packed</p>"), mtime=0), "compressed"),
        ("deep-nesting", tei("<p>" + "<hi>" * 5000 + "x" + "</hi>" * 5000 + "</p>"), "not-xml"),
        # A text node or attribute over 10 MB is no attack: teikit writes such masters and
        # reads them back (test_safety_bounds.py); its file-size limit bounds them.
    ]


def harmless(secret_path: str, port: int = 9) -> list[tuple[str, bytes]]:
    """Documents that point elsewhere in ways teikit must ignore, never follow."""
    url = f"http://127.0.0.1:{port}/evil"
    return [
        ("xml-model", tei("<p>x</p>", prolog=f'<?xml-model href="{url}.rng" '
                                              f'type="application/xml"?>\n')),
        ("xml-stylesheet", tei("<p>x</p>", prolog=f'<?xml-stylesheet href="file://{secret_path}" '
                                                   f'type="text/xsl"?>\n')),
        ("schema-location", tei("<p>x</p>").replace(
            b"<TEI xmlns", b'<TEI xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                           b'xsi:schemaLocation="http://www.tei-c.org/ns/1.0 ' + url.encode()
            + b'.xsd" xmlns')),
        ("internal-entity", tei("<p>&co; and &co;</p>",
                                prolog='<!DOCTYPE TEI [<!ENTITY co "Company Ltd.">]>')),
    ]


def broken() -> list[tuple[str, bytes, str]]:
    """Broken XML: (name, bytes, code)."""
    good = tei("<p>x</p>")
    return [
        ("empty", b"", "not-xml"),
        ("not-xml", b"just some text\n", "not-xml"),
        ("truncated", good[: len(good) // 2], "not-xml"),
        ("mismatched", b"<TEI><text></TEI>", "not-xml"),
        ("lying-encoding", '<?xml version="1.0" encoding="UTF-8"?><TEI>Caf\u00e9</TEI>'
         .encode("latin-1"), "not-xml"),
    ]

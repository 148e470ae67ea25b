"""What a check finds, before it becomes a printed diagnostic: the element (and attribute)
it is about, so that the line and column can be found in the source, and so that two
checks reporting the same problem are reported once."""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..diagnostics import Diagnostic


@dataclass
class Finding:
    message: str
    code: str
    element: etree._Element | None = None          # lxml element the finding is about, if any
    attribute: str | None = None    # attribute name (Clark or plain), if about one
    line: int | None = None         # when there is no element (libxml2 messages)
    severity: str = "error"
    # same problem as a schema error about this (element, attribute): the rule's message
    # is the one to keep
    supersedes_schema: bool = False

    def key(self) -> tuple:
        line = self.element.sourceline if self.element is not None else self.line
        return (line, qname(self.attribute) if self.attribute else None)


def qname(name: str) -> str:
    """'{ns}local' -> 'local' (TEI), 'xml:id' for the XML namespace."""
    if name.startswith("{http://www.w3.org/XML/1998/namespace}"):
        return "xml:" + name.split("}", 1)[1]
    return name.split("}", 1)[1] if name.startswith("{") else name


class Locator:
    """Line and column of elements and attributes, found in the file's text.

    lxml knows the line of each element, not its column: the column is that of the n-th
    start tag of that name on the line, n counted in document order. Read lazily, only
    when a finding is printed."""

    def __init__(self, path: str, data: bytes | None = None):
        self.path = path
        self._data = data
        self._lines: list[str] | None = None
        self._same_line: dict = {}

    def _text_lines(self) -> list[str]:
        if self._lines is None:
            data = self._data
            if data is None:
                try:
                    with open(self.path, "rb") as f:
                        data = f.read()
                except OSError:
                    data = b""
            self._lines = data.decode("utf-8", "replace").split("\n")
        return self._lines

    def where(self, element, attribute: str | None = None) -> tuple[int | None, int | None]:
        line = element.sourceline
        if line is None or not isinstance(element.tag, str):
            return line, None
        lines = self._text_lines()
        if line > len(lines):
            return line, None
        local = etree.QName(element).localname
        pattern = re.compile(r"<(?:[\w.-]+:)?" + re.escape(local) + r"(?=[\s/>])")
        nth = self._index_on_line(element, line)
        starts = [m.start() for m in pattern.finditer(lines[line - 1])]
        if nth >= len(starts):       # start tag spread over lines: point at the line
            return line, None
        col = starts[nth]
        if attribute:
            found = self._attribute(lines, line, col, qname(attribute))
            if found:
                return found
        return line, col + 1

    def _index_on_line(self, element, line: int) -> int:
        """How many start tags of the same name precede *element* on its line."""
        key = (line, element.tag)
        if key not in self._same_line:
            root = element.getroottree().getroot()
            self._same_line[key] = [e for e in root.iter(element.tag) if e.sourceline == line]
        same = self._same_line[key]
        for i, e in enumerate(same):
            if e is element:
                return i
        return 0

    @staticmethod
    def _attribute(lines, line, col, name) -> tuple[int, int] | None:
        """The attribute inside the start tag beginning at (line, col), which may run on
        over the next lines."""
        pattern = re.compile(r"(?<=\s)" + re.escape(name) + r"\s*=")
        for i in range(line - 1, min(line + 20, len(lines))):
            start = col if i == line - 1 else 0
            m = pattern.search(lines[i], start)
            end = lines[i].find(">", start)
            if m and (end < 0 or m.start() < end):
                return i + 1, m.start() + 1
            if end >= 0:
                return None
        return None


def to_diagnostic(path: str, finding: Finding, locator: Locator) -> Diagnostic:
    line, col = (finding.line, None)
    if finding.element is not None:
        line, col = locator.where(finding.element, finding.attribute)
    return Diagnostic(path, line, col, finding.severity, finding.message, finding.code)

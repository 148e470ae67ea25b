"""Plain text -> TEI master: read (one reader per style), transform, add the header,
serialize. ``encode_file`` is what ``teikit encode`` calls for each source."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from . import formats, gcpause, header, readers, transforms
from .diagnostics import Collector, Diagnostic, Exit, fail
from .fileio import read_input
from .header import Edition
from .readers import examinations, nativedates
from .readers.context import Context, LeftOut
from .sourcetext import MAX_SOURCE_BYTES, SourceText
from .tei import XML_LANG, E, local_name, serialize, tei


@dataclass
class EncodeResult:
    source: str
    style: str
    style_detected: bool
    data: bytes
    source_format: str = "text"
    encoding: str = "utf-8"
    diagnostics: list[Diagnostic] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    applied: dict[str, int] = field(default_factory=dict)    # rule -> times applied
    edition: str | None = None

    def report(self) -> dict:
        return {
            "source": self.source, "format": self.source_format, "style": self.style,
            "style_detected": self.style_detected, "edition": self.edition,
            "elements": self.counts, "rules": self.rules, "applied": self.applied,
            "left_out": [item.as_dict() for item in self.left_out],
            "diagnostics": [d.as_dict() for d in self.diagnostics],
        }

    def report_text(self) -> str:
        how = "detected" if self.style_detected else "chosen"
        lines = [f"{self.source}: format {self.source_format}, style {self.style} ({how})"]
        counts = ", ".join(f"{name} {n}" for name, n in self.counts.items())
        lines.append(f"  elements: {counts}")
        if self.rules:                # what was recognised; the evidence is in the notes below
            lines.append("  conventions: " + ", ".join(
                f"{rule} \u00d7{self.applied.get(rule, 1)}" for rule in self.rules))
        for item in self.left_out:
            lines.append(f"  left out, line {item.line}"
                         + (f"-{item.end_line}" if item.end_line != item.line else "")
                         + f": \u201c{_short(item.text)}\u201d: {item.reason}")
        lines.extend(str(d) for d in self.diagnostics)
        return "\n".join(lines)


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def encode_file(path: str | Path, style: str = "auto", encoding: str | None = None,
                edition: Edition | None = None, title: str | None = None,
                source_format: str = "auto") -> EncodeResult:
    """Encode one source file (any format of formats.FORMATS); raises TeikitError when
    it cannot be read."""
    diags = Collector(str(path))
    data = read_input(path, "source file", MAX_SOURCE_BYTES)
    with gcpause.paused():
        source = formats.read(str(path), data, encoding, diags, source_format)
        del data                      # decoded: the bytes can go
        return _encode(source, diags, style,
                       edition if edition is not None else Edition.find(path), title)


def encode_text(text: str, name: str = "text.txt", style: str = "auto",
                edition: Edition | None = None, title: str | None = None,
                source_format: str = "auto") -> EncodeResult:
    """Encode a text given as a string (the library's entry for texts not in files)."""
    diags = Collector(name)
    with gcpause.paused():
        source = formats.read(name, text.encode("utf-8"), "utf-8", diags, source_format)
        return _encode(source, diags, style, edition or Edition(), title)


def _encode(source: SourceText, diags: Collector, style: str, edition: Edition,
            title: str | None) -> EncodeResult:
    if style != "auto" and style not in readers.STYLES:
        raise fail(source.path, f"unknown style {style!r}; known: auto, "
                   f"{', '.join(readers.STYLES)}", "style", exit_code=Exit.USAGE)
    ctx = Context(source, diags)
    if source.format != "text":
        ctx.fired(f"format-{source.format}")
    if source.composed:
        ctx.fired("nfc")
    for rule in source.hints.rules:
        ctx.fired(rule)
    for line, end_line, text, reason, code in source.hints.left_out:
        ctx.left_out.append(LeftOut(line, end_line, text, reason, code))
    reading = readers.read(ctx, style)
    source.release()                  # read: what follows needs only the tree
    if source.hints.page_images:
        if transforms.attach_page_images(reading.body, source.hints.page_images):
            if any(source.hints.page_images):
                ctx.fired("pb-facs")
        else:
            diags.warn("the page images could not be matched one to one with the page "
                       "breaks; the breaks are kept without them", "page-images", 1, 1)
    if title:
        reading.meta.title = title
    persons = examinations.examiners(reading.body)
    if persons:
        ctx.fired("examination-turns")
    speakers = [replace(s, affiliation=ctx.affiliations.get(s.label.casefold()))
                for s in transforms.run(reading.body, ctx.speaker_names, persons)]
    name = Path(source.path).name
    calendars = nativedates.mark_calendars(reading.body)
    for _ in calendars:
        ctx.fired("calendar-dates")
    tei_header = header.build(reading.meta, speakers, ctx.rules, reading.style, name, edition)
    if nativedates.mark_calendars(tei_header) - calendars and "calendar-dates" not in ctx.rules:
        ctx.fired("calendar-dates")             # the document's date alone (creation)
        tei_header = header.build(reading.meta, speakers, ctx.rules, reading.style, name,
                                  edition)
    calendars |= nativedates.mark_calendars(tei_header)
    if calendars:
        profile = tei_header.find(tei("profileDesc"))
        if profile is None:
            profile = E.profileDesc()
            tei_header.insert(list(tei_header).index(tei_header.find(tei("encodingDesc"))) + 1,
                              profile)
        profile.append(nativedates.calendar_desc(calendars))
    root = E.TEI(tei_header, E.text(*transforms.front_and_body(reading.body)))
    if reading.meta.language_ident:
        root.set(XML_LANG, reading.meta.language_ident)
    data = serialize(root)
    if MARKED in data or LITERAL_MARKED in data:   # a mark left in the text (rare): dropped,
        #                                               the tree serialized again
        _remove_marks(root)
        data = serialize(root)
    _check_text(reading.body, diags)
    counts: Counter[str] = Counter()
    for tag, n in Counter(el.tag for el in root.iter(etree.Element)).items():
        counts[local_name(tag)] += n                  # by local name (each tag named once)
    _check_master(source.path, root)
    return EncodeResult(
        source=source.path, style=reading.style, style_detected=style == "auto",
        source_format=source.format, encoding=source.encoding,
        data=data, diagnostics=sorted(diags.items, key=_position),
        left_out=ctx.left_out, counts=dict(sorted(counts.items())), rules=list(ctx.rules),
        applied=dict(ctx.applied),
        edition=edition.path)


def _check_master(path: str, root) -> None:
    """The pivot is checked at the boundary: a master teikit's own schema rejects is a bug
    in teikit, never written (lxml's RELAX NG: milliseconds, even for 50 MB)."""
    from .validate.schemas import engine
    rng = engine("teikit").rng
    if not rng.validate(root.getroottree()):
        error = rng.error_log.last_error
        raise fail(path, f"teikit made a master its own schema rejects ({error.message}); "
                   "nothing was written; please report this", "internal",
                   exit_code=Exit.INTERNAL)


# What every formatting mark (U+FDD0..U+FDEF) starts with in UTF-8 (and the few characters
# beside them, U+FDC0..U+FDFF): found in a master's bytes far faster than in its elements
MARKED = "\ufdd0".encode()[:2]
LITERAL_MARKED = "\U0010fffe".encode()[:3]     # (a code span's marks, U+10FFFE/U+10FFFF)


def _remove_marks(root) -> None:
    """No formatting mark may reach a master: a mark the rules did not turn into an element
    (one inside an editorial bracket) is dropped; the words around it stay."""
    from .formats.marks import ANY, plain
    for el in root.iter():
        if el.text and ANY.search(el.text):
            el.text = plain(el.text)
        if el.tail and ANY.search(el.tail):
            el.tail = plain(el.tail)
        for key, value in el.attrib.items():
            if ANY.search(value):
                el.set(key, plain(value))


def _position(d: Diagnostic):
    return (d.line or 0, d.col or 0, d.code)


def _check_text(body, diags: Collector) -> None:
    """The master must hold some text; an empty body means the reader took everything as
    metadata, which the editor should know about."""
    if not any(text.strip() for text in body.itertext()):   # stops at the first words
        diags.warn("the document's text is empty: everything was read as header fields",
                   "empty-text", 1, 1)

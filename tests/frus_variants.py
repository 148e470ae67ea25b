"""FRUS documents in the forms real copies take, made from the web copies in
../shared/corpus/frus (public domain, U.S. Department of State, Office of the Historian):

- ``web``: a saved page of the historian's site, with its navigation, scripts and footer,
  notes as linked superscripts and a note list, entities for dashes and quotes;
- ``markdown``: a Markdown export with front matter, ``**Name:**`` labels, ``## Page N``
  lines and ``[^n]`` footnotes;
- ``typescript``: hard-wrapped at 64 columns with words hyphenated at the line end,
  indented paragraphs, ``- N -`` page lines, note numbers typed raised (superscript digits)
  and the notes listed as ``n. text`` under a rule;
- ``ocr``: a Windows OCR file: Windows-1252 bytes, CRLF, a form feed and a running head
  on every page, the page number alone at the foot of the page.

The FRUS editors' TEI beside each text is the gold for all of them (score_encoding.py).
``python tests/frus_variants.py OUTDIR`` writes OUTDIR/VARIANT/NAME.txt + NAME.xml.
"""
from __future__ import annotations

import html
import re
import shutil
import sys
import textwrap
from pathlib import Path

NOTE = re.compile(r"^\[(\d{1,4})\] ")
MARKER = re.compile(r"\[(\d{1,4})\]")
PAGE = re.compile(r"\[Page ([^\]]+)\]")
LABEL = re.compile(r"^([A-Z][\w.]*(?: [A-Z][\w.]*){0,3}):\s")
FILE_NUMBER = re.compile(r"^\d[\d.]*(?:\s+[A-Z]+)?/")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
RUNNING_HEAD = "FOREIGN RELATIONS OF THE UNITED STATES"


def split(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The document's blocks and its note list [(n, text)]."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    notes: list[tuple[str, str]] = []
    while blocks and NOTE.match(blocks[-1]):
        m = NOTE.match(blocks[-1])
        notes.insert(0, (m.group(1), blocks[-1][m.end():]))
        blocks.pop()
    return blocks, notes


# ----------------------------------------------------------------------------- web page

def web(text: str, name: str) -> str:
    blocks, notes = split(text)
    body = []
    for i, block in enumerate(blocks):
        inner = _html_inline(block)
        body.append(f"<h2>{inner}</h2>" if i == 0 else f"<p>{inner}</p>")
    items = "".join(f'<li id="fn{n}"><p>{_html_inline(t)} <a href="#fnref{n}">\u21a9</a></p></li>'
                    for n, t in notes)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Historical Documents - Office of the Historian</title>"
        "<script>window.dataLayer = [];</script><style>p { margin: 0 }</style></head>\n"
        '<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/historicaldocuments">'
        "Historical Documents</a></li><li><a href=\"/search\">Search</a></li></ul></nav></header>\n"
        '<main id="content">\n' + "\n".join(body) + "\n"
        + (f'<hr/><div class="footnotes"><ol>{items}</ol></div>\n' if notes else "")
        + "</main>\n<footer><p>Office of the Historian, Bureau of Administration</p>"
        "<p><a href=\"/about/contact-us\">Contact us</a></p></footer></body></html>\n")


def _html_inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = text.replace("\u2014", "&mdash;").replace("\u2019", "&rsquo;")
    return MARKER.sub(lambda m: f'<sup><a href="#fn{m.group(1)}" id="fnref{m.group(1)}">'
                      f"{m.group(1)}</a></sup>", text).replace("\n", "<br/>")


# ----------------------------------------------------------------------------- markdown

def markdown(text: str, name: str) -> str:
    blocks, notes = split(text)
    head = 1 if FILE_NUMBER.match(blocks[0]) else 0      # 1940s volumes: file number first
    out = ["---", f'title: "{_title(blocks[head])}"',
           f"source_url: https://history.state.gov/historicaldocuments/{name}", "---", ""]
    for i, block in enumerate(blocks):
        if i == head:
            out.append("# " + _md_inline(block))
        elif PAGE.fullmatch(block):
            out.append(f"## Page {PAGE.fullmatch(block).group(1)}")
        else:
            line = _md_inline(block)
            label = LABEL.match(block)
            if label:
                line = f"**{label.group(1)}:** " + _md_inline(block[label.end():])
            out.append(line)
        out.append("")
    for n, note in notes:
        out.append(f"[^{n}]: {_md_inline(note)}")
    return "\n".join(out) + "\n"


def _title(heading: str) -> str:
    return MARKER.sub("", re.sub(r"^\d+\.\s+", "", heading)).replace('"', "'")


def _md_inline(text: str) -> str:
    text = re.sub(r"([*_`<>\\])", r"\\\1", text)
    text = re.sub(r"^(\d+)\. ", r"\1\\. ", text)
    return MARKER.sub(r"[^\1]", text).replace("\n", "  \n")


# ----------------------------------------------------------------------------- typescript

def typescript(text: str, name: str) -> str:
    blocks, notes = split(text)
    out: list[str] = []
    for block in blocks:
        block = MARKER.sub(lambda m: m.group(1).translate(SUPERSCRIPT), block)  # typed raised
        pieces = PAGE.split(block)
        for k, piece in enumerate(pieces):
            if k % 2:
                out.extend(["", f"- {piece} -".center(64).rstrip(), ""])
            elif piece.strip():
                out.extend(_wrap(piece.strip(), indent=k == 0))
        out.append("")
    if notes:
        out.extend(["_" * 20, ""])
        for n, note in notes:
            out.extend(_wrap(f"{n}. {note}", indent=False))
            out.append("")
    return "\n".join(out)


def _wrap(text: str, indent: bool) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        line = "     " if indent else ""
        for word in words:
            room = 64 - len(line) - (1 if line.strip() else 0)
            if len(word) <= room:
                line = f"{line} {word}" if line.strip() else line + word
                continue
            if re.fullmatch(r"[a-z]{8,}[,.;]?", word) and room >= 5:
                cut = room - 1                               # hyphenate at the line end
                lines.append(f"{line} {word[:cut]}-" if line.strip() else word[:cut] + "-")
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        lines.append(line)
        indent = False
    return lines


# ----------------------------------------------------------------------------- OCR

def ocr(text: str, name: str) -> bytes:
    blocks, notes = split(text)
    pages: list[list[str]] = [[]]
    numbers: list[str | None] = [None]
    for block in blocks:
        pieces = PAGE.split(block)
        for k, piece in enumerate(pieces):
            if k % 2:
                pages.append([])
                numbers.append(piece)
            elif piece.strip():
                for line in piece.strip().split("\n"):     # wrapped, its lines kept
                    pages[-1].extend(textwrap.wrap(line, 75))
                pages[-1].append("")
    for n, note in notes:
        pages[-1].extend([*textwrap.wrap(f"[{n}] {note}", 75), ""])
    out: list[str] = []
    for lines, number in zip(pages, numbers, strict=True):
        out.append("\f" + RUNNING_HEAD)
        out.append("")
        out.extend(lines)
        if number is not None:
            out.append(number)
        out.append("")
    data = "\r\n".join(out)
    try:
        return data.encode("cp1252")
    except UnicodeEncodeError:
        return b"\xef\xbb\xbf" + data.encode("utf-8")


VARIANTS = {"web": web, "markdown": markdown, "typescript": typescript, "ocr": ocr}


def write(frus_dir: Path, out_dir: Path) -> list[Path]:
    """OUT/VARIANT/NAME.txt (the variant) + NAME.xml (the gold) for every FRUS text."""
    folders = []
    for variant, make in VARIANTS.items():
        folder = out_dir / variant
        folder.mkdir(parents=True, exist_ok=True)
        for src in sorted(frus_dir.glob("*.txt")):
            made = make(src.read_text(encoding="utf-8"), src.stem)
            target = folder / src.name
            if isinstance(made, bytes):
                target.write_bytes(made)
            else:
                target.write_text(made, encoding="utf-8")
            shutil.copyfile(src.with_suffix(".xml"), folder / f"{src.stem}.xml")
        folders.append(folder)
    return folders


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    for folder in write(root.parent / "shared" / "corpus" / "frus", Path(sys.argv[1])):
        print(folder)

"""The words of a master and of its exports, for the "no word lost" tests.

Written apart from the writers (no teikit code is used), from what the issues say a view
shows: every word of the master's text, notes and apparatus readings, except

* diplomatic: nothing is left out; every form of a <choice> is shown, each a word apart;
* reading: a <choice> shows one form (its correction, regularisation or expansion),
  deletions (not restored) and surplus text are left out, and so is the description of a
  gap (``[…]`` stands there);
* everywhere: the alternative encodings of a formula (MathML annotations).

Words are runs of letters and digits (an underscore separates them: ``E_max`` is the two
words of ``<msub><mi>E</mi><mi>max</mi></msub>``). Counted as multisets, so a word that
an export shows only glued to its neighbour ("Claudiusking") is a word lost, and one extra.

The signs of a view (``[sic]``, ``[…]``, brackets, ⟨ ⟩, page and note numbers, headings
such as "Notes") are taken away from the exports before their words are counted: in HTML
every element of class ``gen`` (and the hidden print copy of each note, class
``fn-print``); in plain text the sign patterns below. The plain text names each speaker
of a ``<u who>`` turn (the person the file names, else the id, and the roles of ``@ana``
other than ``#regular``); the HTML does so in generated text.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from lxml import html

TEI = "{http://www.tei-c.org/ns/1.0}"
MATHML = "{http://www.w3.org/1998/Math/MathML}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
WORD = re.compile(r"[^\W_]+")
# Elements that may sit inside a word: no word boundary at their edges.
INLINE = {"hi", "emph", "persName", "placeName", "orgName", "name", "rs", "date", "time",
          "num", "measure", "title", "term", "gloss", "foreign", "ref", "sic", "corr", "reg",
          "orig", "abbr", "expan", "supplied", "unclear", "choice", "add", "del", "w", "c",
          "pc", "damage", "idno", "q", "said", "soCalled", "mentioned", "distinct",
          "roleName", "forename", "surname", "geogName", "country", "settlement", "region",
          "restore", "surplus", "subst", "lem", "app", "g", "am", "ex",
          "pb"}   # a page break can fall inside a word ("coun<pb/>tries")
READING_FORMS = ("corr", "reg", "expan")
HTML_BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "nav", "h1",
               "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
               "tbody", "tr", "td", "th", "caption", "blockquote", "br",
               "mi", "mn", "mo", "ms", "mtext"}


def words(text: str) -> Counter:
    return Counter(w.casefold() for w in WORD.findall(unicodedata.normalize("NFC", text)))


# ----------------------------------------------------------------------------- master

def master_text(root, view: str, fmt: str = "html") -> str:
    out: list[str] = []
    if root.tag == TEI + "text":
        texts = [root]
    elif root.tag == TEI + "TEI":
        texts = root.findall(TEI + "text")
    else:                                  # a teiCorpus, at any depth
        texts = list(root.iterfind(f".//{TEI}TEI/{TEI}text"))
    if not texts:                          # a bare element: all of it is text
        texts = [root]
    labels = _speaker_names(root) if fmt == "text" else None
    for text in texts:
        _walk(text, view, out, labels)
    return "".join(out)


def _speaker_names(root) -> dict[str, str]:
    names = {}
    for el in root.iter(TEI + "person", TEI + "category"):
        key = el.get(XML_ID)
        name = el.find(TEI + "persName")
        if name is None:
            name = el.find(f"{TEI}catDesc/{TEI}term")
        if name is None:
            name = el.find(f"{TEI}catDesc")
        if key and name is not None:
            names.setdefault(key, " ".join("".join(name.itertext()).split()))
    return names


def _choice_shown(choice, view: str) -> list:
    forms = [c for c in choice if isinstance(c.tag, str)]
    if view == "diplomatic":
        return forms
    for name in READING_FORMS:
        for form in forms:
            if form.tag == TEI + name:
                return [form]
    return forms[:1]


def _walk(el, view: str, out: list[str], labels) -> None:
    if not isinstance(el.tag, str):
        return
    if el.tag.startswith(MATHML):
        if el.tag in (MATHML + "annotation", MATHML + "annotation-xml"):
            return
        out.append(" ")                    # every MathML token a word of its own
        out.append(el.text or "")
        for child in el:
            _walk(child, view, out, labels)
            out.append(child.tail or "")
        out.append(" ")
        return
    name = el.tag.replace(TEI, "")
    if name in ("teiHeader", "TEI") and el.tag != TEI + "TEI":
        return
    if name == "teiHeader":
        return
    if view == "reading" and (name == "surplus" or (name == "del" and not any(
            True for _ in el.iterancestors(TEI + "restore")))):
        return
    if name == "gap" and view == "reading":
        return
    if name == "gap":
        # its description is shown in brackets, as the source printed it; the brackets let
        # the text comparison treat "[2 words illegible]" alike on both sides
        # (what the writer shows inside it, a turn's speaker label too: a hostile master
        # can put a <u who> in a gap)
        inner: list[str] = [el.text or ""]
        for child in el:
            _walk(child, view, inner, labels)
            inner.append(child.tail or "")
        out.append(f" [{' '.join(''.join(inner).split())}] ")
        return
    if name == "choice":                  # "word [sic: correction]": each form apart
        for child in _choice_shown(el, view):
            out.append(" ")
            _walk(child, view, out, labels)
            out.append(" ")
        # text directly in a choice (no form holds it) is kept after the forms
        out.append(" {} ".format(" ".join(t for t in [el.text, *(c.tail for c in el)] if t)))
        return
    if name == "lb" and el.get("break") == "no":
        return
    if name == "u" and labels is not None and el.get("who"):
        who = [w.lstrip("#") for w in el.get("who").split()]
        ana = [a.lstrip("#") for a in (el.get("ana") or "").split() if a != "#regular"]
        out.append(" {} {} ".format(" ".join(labels.get(w, w) for w in who),
                                " ".join(labels.get(a, a) for a in ana)))
    boundary = name not in INLINE
    if boundary:
        out.append(" ")
    out.append(el.text or "")
    for child in el:
        _walk(child, view, out, labels)
        out.append(child.tail or "")
    if boundary:
        out.append(" ")


def master_words(root, view: str) -> Counter:
    return words(master_text(root, view))


# ----------------------------------------------------------------------------- HTML

def html_main_text(data: bytes) -> str:
    """The text of the page's <main>, generated text and print copies taken away."""
    doc = html.document_fromstring(data)
    main = doc.find(".//main")
    for el in main.xpath(".//*[contains(concat(' ', @class, ' '), ' gen ') or "
                         "contains(concat(' ', @class, ' '), ' fn-print ')]"):
        _drop_keep_tail(el)
    out: list[str] = []
    _html_walk(main, out)
    return "".join(out)


def _drop_keep_tail(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    shown = el.text_content()
    # a sign with space at its edge (" [sic: ") separates words; one without does not
    gap = " " if shown[:1].isspace() or shown[-1:].isspace() else ""
    tail = gap + (el.tail or "")
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _html_walk(el, out: list[str]) -> None:
    if not isinstance(el.tag, str):
        return
    block = el.tag in HTML_BLOCKS or " p " in f" {el.get('class', '')} "
    if block:
        out.append(" ")
    out.append(el.text or "")
    for child in el:
        _html_walk(child, out)
        out.append(child.tail or "")
    if block:
        out.append(" ")


def html_words(data: bytes) -> Counter:
    return words(html_main_text(data))


# ----------------------------------------------------------------------------- text

SIGN_PATTERNS = [
    r"\[sic\]",
    r"\[sic: ",
    r"(?:\[|; )(?:sic|reg|expan|orig|abbr|or): ",
    r"\[a\d+\]",                            # apparatus markers
    r"(?<=\w)\|(?=\w)",                      # a line ends inside a word (diplomatic)
    r"\[\?\]",
    r"\[…\]",
    r"\[(?:\d+ [^\W\d_]+ )?(?:illegible|inaudible|omitted|unclear|damage|missing|lost|gap|"
    r"sampling|not declassified)\]",
]


def text_body(data: bytes) -> str:
    """A text export without its header block (everything up to the first rule line)."""
    lines = data.decode("utf-8").split("\n")
    for i, line in enumerate(lines):
        if line and set(line) == {"-"} and i > 0 and lines[i - 1] == "":
            return "\n".join(lines[i + 1:])
    raise AssertionError("no rule line after the header block")


def without_signs(text: str, note_labels: set[str]) -> str:
    """*text* with the plain-text signs taken away. Applied to the master's text as well:
    TEI from elsewhere may have "[sic]" or "[1 line not declassified]" as plain text.
    Line ends first become spaces: wrapping may break a sign over two lines."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\[Page(?: [^\]\\]*)?\]", "", text)   # may stand inside a word ("[Page:]"
    # is a bracket of the text, no sign; nor is "[Page \d+\]", a supplied "Page \d+\")
    text = re.sub(r"(?<=\w)\|(?=\w)", "", text)
    for pattern in SIGN_PATTERNS:
        text = re.sub(pattern, " ", text)
    for label in sorted(note_labels, key=len, reverse=True):
        text = text.replace(f"[{label}]", " ")
    # transcription signs stand where the master has markup inside a word: no space
    text = re.sub(r"[\[\]⟨⟩⸢⸣⌊⌋{}]", "", text.replace("?]", "]"))   # "[0?]0": unclear
    # (and once more: a bar the source prints after a sign, "[A]|0", reads as the sign of a
    # line ended inside a word once the brackets are gone, on both sides alike)
    return re.sub(r"(?<=\w)\|(?=\w)", "", text)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _join_wide_lines(text: str) -> str:
    """A line may end between two wide (CJK) characters, as such text breaks: a reader
    joins them again with no space."""
    return re.sub(r"(\S)\n *(\S)",
                  lambda m: m.group(1) + m.group(2) if _wide(m.group(1)) and _wide(m.group(2))
                  else m.group(0), text)


def text_words(data: bytes, note_labels: set[str]) -> Counter:
    body = re.sub(r"(?m)^ *Notes\n *-+$", " ", _join_wide_lines(text_body(data)))
    body = _without_apparatus_copies(body)
    return words(without_signs(body, note_labels))


def _without_apparatus_copies(body: str) -> str:
    """The apparatus at the end of a document repeats each lemma ("lemma]") and names the
    witnesses ("(A, B)"): generated text, taken away."""
    out = []
    for part in re.split(r"(?m)^( *Apparatus\n *-+\n)", body):
        if re.match(r" *Apparatus\n", part):
            out.append(" ")
            continue
        if out and out[-1] == " ":
            entries = re.split(r"(?m)^(?= *\[a\d+\] )", part)
            kept = []
            for entry in entries:
                m = re.match(r"(?s)( *\[a\d+\] )(.*?)\]", entry)
                if m:
                    entry = entry[m.end():]
                kept.append(re.sub(r"\([^()]*\)", " ", entry))
            part = "".join(kept)
        out.append(part)
    return "".join(out)


def master_words_for_text(root, view: str) -> Counter:
    return words(without_signs(master_text(root, view, "text"), note_labels(root)))


def note_labels(root) -> set[str]:
    """Every label a note marker can show: the notes' @n and their running numbers."""
    notes = root.iter(TEI + "note")
    labels = {(n.get("n") or "").strip() for n in notes}
    count = sum(1 for _ in root.iter(TEI + "note"))
    return {x for x in labels if x} | {str(i) for i in range(1, count + 1)}


def difference(expected: Counter, got: Counter) -> dict:
    """What is missing from *got* and what it has in excess (empty when equal)."""
    missing, extra = expected - got, got - expected
    out = {}
    if missing:
        out["missing"] = dict(missing.most_common(15))
    if extra:
        out["extra"] = dict(extra.most_common(15))
    return out

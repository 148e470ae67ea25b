"""What each block of the text is: a paragraph, a heading, a list, a roll call, a stage
direction, a page or column mark, a stamp, an annotation, or a speaker's turn (the turn
rules: turns.py). ``classify(block, ctx)`` gives a block's units; blocks.build_text writes
them out."""
from __future__ import annotations

import itertools
import re

from lxml import etree

from ..formats import marks, tables
from ..formats.marks import MILESTONE_OPEN, plain
from ..sourcetext import Block, Line
from ..tei import E
from . import cable
from .context import Context
from .dates import DAY_MONTH
from .shapes import (
    FIELD_LABELS,
    NAME_PARTICLES,
    NAME_WORD,
    is_caps_heading,
)
from .span import Span
from .turns import (
    NUMBERED,
    PAGE_LINE,
    TIMESTAMP,
    _as_fields,
    _as_label_line_turn,
    _as_names,
    _as_turn,
    _item,
    _joined,
    _label_alone,
)
from .unit import Unit

COLUMN_LINE = re.compile(r"^\[Column (?P<n>\d{1,5}[a-z]?)\]$")
# A transcriber's annotation line (Spacelog and similar): _note: …, _comment: …, _lang: en
ANNOTATION = re.compile(r"^_(?P<key>[a-z]{2,12}):\s*(?P<value>.*)$")
# A stage direction in parentheses; never an enumeration's mark: (a), (2), (iv)
ENUMERATOR = r"(?!\((?:\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})\))"
STAGE = re.compile(r"^" + ENUMERATOR + r"\((?:[^()]|\([^()]*\))+\)[.,;:!]?$")
LEADING_STAGE = re.compile(r"^" + ENUMERATOR + r"\((?:[^()]|\([^()]*\))+\)[.,;:!]?(?=\s)")


# ----------------------------------------------------------------------------- classify

def is_table(block: Block) -> bool:
    """A table the source format read (formats.tables): one line, never taken apart."""
    return tables.is_table(block.lines[0].kind)


# the original's column named alone on a line ("Column I", "Column II", "Kolumne 2")
COLUMN_WORD_LINE = re.compile(r"^(?i:column|col\.|kolumne|colonne|columna)\s+"
                              r"(?P<n>[IVXL]{1,5}|\d{1,3})\.?$")


def _column_series(ctx: Context) -> bool:
    """Two lines alone or more name the original's columns in their order ("Column I" …
    "Column II"): the evidence that such a line is a column's start, no heading."""
    if ctx.column_lines is None:
        found = [m.group("n") for line in ctx.source.lines
                 if (m := COLUMN_WORD_LINE.match(plain(line).strip()))]
        values = [_number_value(n) if not n.isdigit() else int(n) for n in found]
        ctx.column_lines = len(values) >= 2 and values == sorted(values) \
            and len(set(values)) == len(values)
    return ctx.column_lines


def classify(block: Block, ctx: Context) -> list[Unit]:
    lines = block.lines
    if tables.is_table(lines[0].kind):
        if len(lines) == 1:
            return [Unit("table", block, span=Span.of_line(lines[0]))]
        return [u for ln in lines for u in classify(Block([ln]), ctx)]
    if lines[0].kind == "code":          # a program (a Markdown fence of code): its
        return [Unit("para", block, form="code",   # lines as they are, never prose
                     span=Span.of_lines(lines, "\n"))]
    if lines[0].kind == "stage":         # a stage direction the format sets apart (a
        return [Unit("stage", block,     # play's row with no speaker: formats.tables)
                     span=Span.of_lines(lines, " ").strip())]
    if lines[0].kind == "mail-header":   # an e-mail's header (mail_headers)
        return [Unit("list", block, items=[_item(ln) for ln in lines], list_type="fields")]
    if lines[0].kind.startswith("mail-quote"):   # the message replied to: a paragraph
                                                  # of a <quote>
        return [_as_para(block, _joined([Span.of_line(ln) for ln in lines], lines, ctx))]
    if lines[0].kind in ("verse", "metre"):      # verse the format marks (OpenITI's
        return [Unit("lg", block)]                # "%~%"): its lines, a metre label
    if lines[0].text.lstrip()[:1] == MILESTONE_OPEN and \
            all(not plain(ln.text).strip() for ln in lines):   # a milestone alone
        return [Unit("milestone", Block([ln])) for ln in lines]
    if lines[0].kind == "source-line":   # a converter's reference of the speech's source
        return [Unit("source_line", block, span=Span.of_line(lines[0]).strip())]
    if lines[0].kind == "comment":       # an editor's comment the format marks (ATF's "#")
        return [Unit("annotation", Block([ln]), span=Span.of_line(ln).strip(), n="comment")
                for ln in lines]
    if lines[0].kind == "clock":         # a turn's time run on before its label
        return [Unit("time", block, n=lines[0].text.strip())]
    if len(lines) == 1 and lines[0].text.lstrip()[:1] in "CcKk" \
            and (m := COLUMN_WORD_LINE.match(plain(lines[0].text).strip())) \
            and _column_series(ctx):             # "Column II" alone on its line, in a
        ctx.fired("column-lines")                # series: the original's next column
        return [Unit("cb", block, n=m.group("n"))]
    lead = lines[0].text.lstrip()[:1]
    if lead in "[(_#0123456789\ufdd0\ufdd2":       # marks, stamps, annotations start so
        columns = [COLUMN_LINE.match(ln.text.strip()) for ln in lines]
        if all(columns):
            return [Unit("cb", block, n=m.group("n")) for m in columns if m]
        if all(PAGE_LINE.match(ln.text.strip()) for ln in lines):
            return [Unit("pb", block, n=_page_n(ln.text))
                    for ln in lines]
        texts = [plain(ln.text).strip() for ln in lines]
        if all(_stamp_alone(t) for t in texts):
            return [Unit("time", block, n=_stamp(t + " ")) for t in texts]
        if all(ANNOTATION.match(t) for t in texts) or (
                all(t.startswith("# ") for t in texts) and has_annotations(ctx)):
            return [Unit("annotation", Block([ln]), span=Span.of_line(ln).strip())
                    for ln in lines]
    if lines[0].kind[:1] == "h" and len(lines) <= 3 and not (   # a heading the format
            len(lines) > 1 and _label_alone(Block(lines[:1]))):    # marks (not a label's)
        span = Span.of_lines(lines, " ").strip()
        # (a longer one whose lines the source parts on purpose: a short title over its
        # long subtitle, "СОГЛАШЕНИЕ" <br> "между Российской Федерацией и …" on a wiki)
        typed = len(lines) > 1 and all(ln.number in ctx.source.hints.broken_lines
                                       for ln in lines[:-1])
        if 0 < len(span.text) <= 300 or (typed and len(lines[0].text) <= 100
                                         and len(span.text) <= 1000):
            return [Unit("section", block, span=span, n=lines[0].kind[1:])]
    if lead == "(" and STAGE.match(" ".join(ln.text.strip() for ln in lines)):
        return [Unit("stage", block, span=Span.of_lines(lines, " ").strip())]
    unit = (_as_attendance(block) or _as_fields(block) or _as_names(block)
            or _as_turn(block, ctx)
            or _as_label_line_turn(block)
            or _as_list(block))
    if unit:
        return [unit]
    return [_as_para(block, _joined([Span.of_line(ln) for ln in lines], lines, ctx))]


def _page_n(text: str) -> str | None:
    m = PAGE_LINE.match(text.strip())
    return m.group("n") if m else None


def _stamp_alone(text: str) -> bool:
    m = TIMESTAMP.match(text + " ")
    return m is not None and m.end() >= len(text)


def _stamp(text: str) -> str | None:
    m = TIMESTAMP.match(text)
    return (m.group("t") or m.group("tp") or m.group("tb")) if m else None


def page_break(block: Block, ctx: Context) -> etree._Element:
    n = _page_n(block.lines[0].text)
    ctx.fired("pb")
    return E.pb(n=n) if n else E.pb()


def has_annotations(ctx: Context) -> bool:
    """Does the transcript carry annotation lines (_note:, _comment:)? Then '# ' lines
    are the transcriber's comments too."""
    if ctx.annotated is None:
        ctx.annotated = any(ANNOTATION.match(line) for line in ctx.source.lines)
    return ctx.annotated


def _as_para(block: Block, span: Span) -> Unit:
    span = span.strip()
    m = NUMBERED.match(span.text)
    if m and (DAY_MONTH.match(span.text.strip()) or (
            m.group("n").isalpha() and span.text[m.end("mark"):].lstrip()[:1].isdigit())):
        m = None                        # "d. 10 Fbr": a letter's date, not point d; "n. 23":
                                        # an abbreviation before a number (numero, page)
    return Unit("para", block, span=span, n=m.group("n") if m else None)


def _letter_points_in_sequence(units: list[Unit], ctx: Context) -> None:
    """A paragraph opening with a capital letter and a full stop is point "B" only where
    its sequence is there: the letter before or after it labels another paragraph ("A."
    … "B."). Alone, the letter is an initial ("C. PLINIUS TRAIANO IMPERATORI",
    "M. TVLLI CICERONIS …") or a Roman numeral of a series in other letters ("I.", "V.",
    "X." among "II.", "III."): no point number."""
    letters = {u.n for u in units if u.kind == "para" and u.n and u.n.isalpha()}
    for u in units:
        if u.kind == "para" and u.n and u.n.isupper() and u.span is not None and \
                u.span.text.lstrip().startswith(u.n + ".") and \
                chr(ord(u.n) - 1) not in letters and chr(ord(u.n) + 1) not in letters:
            u.n = None
            ctx.fired("initial-not-a-point")


# a point's mark with no space after it ("1.Slavery is …", "(a)To prevent …", "(1)Subject
# to …", a converter's loss) or a letter of another script ("а) исполнять …", "б) …")
POINT_MARK = re.compile(r"^(?P<mark>\(?(?P<n>\d{1,2}|[^\W\d_])[.)])(?:(?=[^\W\d_])(?=\w)"
                        r"(?!\w*\.\w)|\s+(?=\S))")


class _PointRun(list[tuple[Unit, str, str]]):
    """Paragraphs opening with marks of one sequence, gathered as they come: a run of two or
    more numbered by their marks when it ends (flush), and its rule noted."""

    def __init__(self, ctx: Context, rule: str) -> None:
        super().__init__()
        self.ctx, self.rule = ctx, rule

    def flush(self) -> None:
        if len(self) >= 2:
            for unit, n, _ in self:
                unit.n = n
            self.ctx.fired(self.rule)
        self.clear()


def points_in_sequence(units: list[Unit], ctx: Context) -> None:
    """Paragraphs that open with a point's mark NUMBERED does not read ("1.Slavery", "(a)To",
    a Cyrillic "а)") are points where two paragraphs or more in a row carry marks of one
    form in their sequence (1, 2; a, b; а, б): a mark alone ("1.5 per cent", "(a)b") is none."""
    found = _PointRun(ctx, "points-unspaced")   # the unit, its number, its mark's shape
    flush = found.flush
    for u in units:
        if u.kind != "para" or u.span is None:
            flush()
            continue
        m = POINT_MARK.match(plain(u.span.text).lstrip()) if u.n is None else None
        if m is None:
            flush()
            continue
        n, mark = m.group("n"), m.group("mark")
        shape = mark.replace(n, "n")
        glued = not u.span.text.lstrip()[len(mark):len(mark) + 1].isspace()
        if not glued and n.isascii():          # (NUMBERED's own form: not this rule's)
            flush()
            continue
        if found and (shape != found[-1][2] or not _next_in_sequence(found[-1][1], n)):
            flush()
        if found or n.isdigit() or n in FIRST_LETTERS:
            found.append((u, n, shape))
    flush()


FIRST_LETTERS = ("a", "A", "а", "А", "α", "Α")      # (Latin, Cyrillic, Greek)
ROMAN_MARK = re.compile(r"^\(?(?P<n>[ivxlc]{1,6}|[IVXLC]{1,6})[.)]\s+\S")
ROMANS = ("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii "
          "xxiii xxiv xxv xxvi xxvii xxviii xxix xxx").split()


def roman_points_in_sequence(units: list[Unit], ctx: Context) -> None:
    """Paragraphs that open with roman numerals in their sequence ("(i)", "(ii)", "(iii)"
    …, two or more in a row, from "i" on, one case and one shape) are points numbered so,
    every one of them (NUMBERED reads "(i)" and "(v)" as letters, "(ii)" as nothing); in
    "(h)", "(i)", "(j)" the "(i)" is a letter: no "(ii)" follows it. A run is read as a
    whole, not an item at a time."""
    run = _PointRun(ctx, "roman-points")       # the unit, its numeral, its mark's shape
    flush = run.flush
    for u in units:
        if u.kind in ("pb", "cb"):
            continue
        m = ROMAN_MARK.match(plain(u.span.text).lstrip()) \
            if u.kind == "para" and u.span is not None else None
        if m is None:
            flush()
            continue
        n = m.group("n")
        shape = m.group(0)[:m.end("n") + 1].replace(n, "n")
        if run and (len(run) >= len(ROMANS) or n.lower() != ROMANS[len(run)]
                    or n.islower() != run[0][1].islower() or shape != run[0][2]):
            flush()
        if run or n.lower() == "i":
            run.append((u, n, shape))
    flush()


# the editor's reference number of a chapter or a section in brackets at a paragraph's
# start ("[ 1 ] Annos undeviginti …", "[12.] …", "[IV] …"): the Latin Library's and many web
# editions' way of numbering a classical text's chapters
BRACKETED_NUMBER = re.compile(r"^\[\s*(?P<n>\d{1,4}|[IVXLC]{1,7})\s*\.?\s*\]\s+(?=\S)")


def bracketed_numbers(units: list[Unit], ctx: Context) -> None:
    """Paragraphs that open with a number in brackets ("[ 1 ]", "[ 2 ]", "[ 3 ]"), three or
    more whose numbers go up by one, are the editor's numbered chapters: the number is the
    paragraph's @n and its brackets no words supplied. A bracketed number alone, or numbers
    out of sequence, stay as they are (a note's marker, a restored figure)."""
    found: list[tuple[Unit, re.Match[str]]] = []
    for u in units:
        if u.kind == "para" and u.span is not None and u.span.text.startswith("["):
            m = BRACKETED_NUMBER.match(u.span.text)
            if m is not None:
                found.append((u, m))
    if len(found) < 3:
        return
    values = [_number_value(m.group("n")) for _, m in found]
    steps = sum(1 for a, b in itertools.pairwise(values) if b == a + 1)
    if steps < 2 or steps * 4 < (len(values) - 1) * 3:
        return
    for u, m in found:
        if u.span is not None:            # (the number kept as printed, as a numbered
            u.n = m.group("n")            # point's is, and read as no sign: literal)
            close = u.span.text.index("]") + 1
            u.span = Span.join([u.span[:0], u.span[:close], u.span[close:]],
                               [marks.LITERAL_OPEN, marks.LITERAL_CLOSE])
    ctx.fired("bracketed-chapter-numbers")


def _number_value(n: str) -> int:
    if n.isdigit():
        return int(n)
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for k, ch in enumerate(n):
        v = values[ch]
        total += -v if k + 1 < len(n) and values[n[k + 1]] > v else v
    return total


def _next_in_sequence(a: str, b: str) -> bool:
    """Does *b* follow *a* (2 after 1, b after a, б after а, with й, ё skipped or not)?"""
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    if len(a) == 1 and len(b) == 1 and a.isalpha() and b.isalpha():
        return 1 <= ord(b) - ord(a) <= 2 and a.islower() == b.islower()
    return False


def _as_list(block: Block) -> Unit | None:
    lines = block.lines
    if len(lines) < 2:
        return None
    first = lines[0].text.strip()
    rest = list(lines[1:])
    head_label = first.rstrip(":").strip()
    if cable.routing_block([ln.text for ln in lines[:2]]) or cable.routing_block(
            [ln.text for ln in lines[1:2]]) or cable.classification_stamp(first):
        return None             # a cable's routing lines, a classification stamp: no list
    # (a line in capitals that ends in a comma is no list's heading but the start of a
    # sentence set in lines: a dedication's "THIS JOURNAL, / ORIGINALLY KEPT FOR HER, / IS
    # MOST AFFECTIONATELY / DEDICATED.", a title page's, an epitaph's)
    # (nor is a run of twenty letters or more with no space: a line of an inscription in
    # scriptio continua, "ΕΠΙΝΙΚΟΚΡΑΤΟΥΣΑΡΧΟΝΤΟΣΕΠΙΤΗΣΑΙΓΗΙΔΟΣ", where capitals are the script
    # and no evidence of a heading)
    if (is_caps_heading(first) and len(first.split()) <= 4 and not first.endswith((".", ","))
            and not (len(first.split()) == 1 and len(first) >= 20)
            and (head_label.casefold() in FIELD_LABELS or _parallel(rest))) or (
            first.endswith(":") and head_label.casefold() in FIELD_LABELS):
        items = [_item(ln) for ln in rest]
        # (its type from its head only where the head is a known label: "Present", never
        # the words of whatever line stands over it, "VZCZCXRO2082", "S-E-C-RE-T")
        kind = re.sub(r"[^a-z]+", "-", head_label.casefold()).strip("-") \
            if head_label.casefold() in FIELD_LABELS else "items"
        kind = kind or "items"
        return Unit("list", block, head=Span.of_line(lines[0]).strip(), items=items,
                    list_type=kind)
    body = [ln for ln in lines if not PAGE_LINE.match(ln.text.strip())]
    if len(body) >= 2 and all(NUMBERED.match(ln.text.strip()) for ln in body):
        return Unit("list", block, items=[_item(ln) for ln in lines], list_type="ordered")
    return None


# A roll call's key alone on its line, over the names ("Present:" / "Mr. Clinton Ingles,
# President." / "Mrs. Florence Hartman,"): minutes' attendance in any hand or print
ATTENDANCE_KEY = re.compile(r"(?i)^(?:(?:members|trustees|directors|also|others)\s+)?(?:present|"
                            r"absent|excused|in\s+attendance|attending|attendance|attendees|"
                            r"apologies(?:\s+for\s+absence)?|regrets|roll[\s-]+call|"
                            r"(?:members|trustees|directors)\s+(?:present|absent))\s*:?$")
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "rev", "hon", "prof", "sir", "dame",
                   "messrs", "mme", "mlle", "m", "capt", "col", "gen", "judge", "sister",
                   "brother", "father", "friend"}


def _attendee(text: str) -> bool:
    """A line that is one person (or two) and an optional office after a comma ("Mr. Clinton
    Ingles, President.", "Mrs. Florence Hartman,", "Milford H. Ketcham, Trustees.")."""
    text = text.strip().rstrip(".,;")
    name, _, office = text.partition(",")
    words = name.split()
    return 1 <= len(words) <= 6 and len(office.split()) <= 4 and all(
        NAME_WORD.match(w) or w in NAME_PARTICLES or w.rstrip(".").casefold() in
        HONORIFIC_WORDS for w in words) and not set(text) & set("?!:;\"“”") and all(
        w[:1].isupper() or w.casefold() in NAME_PARTICLES or w.casefold() in ("and", "of")
        for w in office.split())


def _as_attendance(block: Block) -> Unit | None:
    """A roll call: a line that is only an attendance key ("Present:", "Absent:", "Also
    present:", "In attendance:", "Apologies:", "Roll call:") over two lines or more that
    are each a name with an optional office: a list with that head, each line an item."""
    lines = block.lines
    if len(lines) < 3 or not ATTENDANCE_KEY.match(plain(lines[0].text).strip()):
        return None
    if not all(_attendee(plain(ln.text)) for ln in lines[1:]):
        return None
    kind = re.sub(r"[^a-z]+", "-", plain(lines[0].text).strip().rstrip(":").casefold()).strip("-")
    return Unit("list", block, head=Span.of_line(lines[0]).strip(),
                items=[_item(ln) for ln in lines[1:]], list_type=kind)   # (as _as_list)


def _parallel(lines: list[Line]) -> bool:
    """Lines under a capitals line that are a list's items, not a text running on under
    its heading (a print's title block "DEKLARACYA / Jmieniem KROLA … na Seymie Roku
    1766. / uczyniona.", an addressee's block "SEKRETARIAT KOMITETU … / w/m."): two at
    least, none opening in lower case or ending in a sign that a word or a sentence goes
    on (-, =, :), and not one sentence cut into lines (only the last ending in a full stop,
    the lines as long as a text's)."""
    texts = [plain(ln.text).strip() for ln in lines]
    if len(texts) < 2 or any(t[:1].islower() or t.endswith(("-", "=", ":")) for t in texts):
        return False
    if texts[-1].endswith(".") and not any(t.endswith((".", ";", "!", "?")) for t in texts[:-1]) \
            and any(t.endswith(",") for t in texts[:-1]):
        return False      # one sentence set in lines, its clauses ending in commas
    words = sum(len(t.split()) for t in texts)
    return not (texts[-1].endswith(".") and words >= 4 * len(texts)
                and not any(t.endswith((".", ";", "!", "?")) for t in texts[:-1]))

"""The text layout in C (teikit/writers/_textplain.c) on hostile input: each defect found by
running it under AddressSanitizer/UBSan and against its specification (the Python layout,
TextWriter.render_python) has its test here, and a property feeds it TextBlock-like objects
whose attributes have any type and widths of any size. The rule: the C layout gives the
Python layout's lines or declines (None, and the Python layout runs); it never crashes,
never raises where Python would not, and leaves the reference counts of its inputs as they
were."""
from __future__ import annotations

import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit.signs import View
from teikit.writers import text as text_writer
from teikit.writers.document import Document
from teikit.writers.text import LINE_BREAK, TextBlock, TextWriter

compiled = text_writer._render_plain_c
pytestmark = pytest.mark.skipif(compiled is None, reason="teikit.writers._textplain not "
                                "built (no C compiler at install)")
EXAMPLES = int(os.environ.get("TEIKIT_EXAMPLES", "300"))
SSIZE_MAX = sys.maxsize


def python_lines(blocks: list, width: int) -> list[str]:
    """The specification: the Python layout at exactly *width* (TextWriter itself keeps a
    width of 20 or more; the compiled function takes any)."""
    writer = TextWriter(Document(etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')),
                        View.DIPLOMATIC)
    writer.blocks = blocks
    writer.width = width
    return writer.render_python()


def c_lines(blocks: list, width) -> list[str] | None:
    assert compiled is not None
    return compiled(blocks, width)


def test_an_indent_past_a_quarter_of_memory_does_not_overflow_the_buffer():
    """Was: the indentation buffer of 2**62 characters sized as 2**62 * 4 bytes, which
    wraps to 0: a heap overflow writing the spaces. Now no buffer is made for it, and a
    paragraph that fits on its first line needs none (as in Python)."""
    blocks = [TextBlock("", 2**62, ["a"]), TextBlock("", 2**61, ["b c"])]
    assert c_lines(blocks, SSIZE_MAX) == python_lines(blocks, SSIZE_MAX) == ["a", "", "b c"]
    assert c_lines(blocks, 72) == python_lines(blocks, 72) == ["a", "", "b c"]


def test_a_width_past_ssize_t_lays_out_as_python():
    """Was: OverflowError converting the width; the Python layout puts every paragraph on
    one line."""
    blocks = [TextBlock("", 4, ["one two " * 20], "head"), TextBlock("  ", 2, ["x\n  y"])]
    expected = python_lines(blocks, 10**30)
    assert expected[0] == ("one two " * 20).strip()
    assert c_lines(blocks, 10**30) == expected
    assert c_lines(blocks, -(10**30)) is None


@pytest.mark.parametrize("width", [-(2**63), -5, 0, 1, 2, 3, 4, 5, 6])
def test_narrow_and_negative_widths(width):
    """Was: width - len(prefix) overflowed (UBSan) at the least Py_ssize_t. Widths below
    the writer's 20: Python's lines or None, never other lines."""
    blocks = [TextBlock("", 0, [f"a bb ccc{LINE_BREAK}d"], "head"),
              TextBlock("x ", 1, ["a bb"]), TextBlock("[1] ", 4, ["note text"], "head"),
              TextBlock("", 0, [])]
    fast = c_lines(blocks, width)
    if width < 0:
        assert fast is None
        assert c_lines(blocks[2:], width) is None     # a label first: was the overflow
    else:
        assert fast is None or fast == python_lines(blocks, width)
    if width == 6:           # the first width the note's label leaves a line to wrap in
        assert fast == ["a bb", "ccc", "d", "----", "", "x a bb", "", "[1]", "    note",
                        "    text", "    --"]


def test_a_list_changed_while_its_blocks_are_read_is_left_to_python():
    """Was: the list's length read once, then items read past its end after a block's
    attribute (Python code, in an object that is no TextBlock) had emptied it: a read of
    freed memory. Now its length is checked before each block and at the end."""
    class Clearing:
        prefix, indent, parts, tight = "", 0, ["x"], False

        def __init__(self, blocks: list) -> None:
            self.blocks = blocks

        @property
        def kind(self) -> str:
            self.blocks.clear()
            return "p"

    blocks: list = []
    blocks += [Clearing(blocks), TextBlock("", 0, ["y"]), TextBlock("", 0, ["z"])]
    assert c_lines(blocks, 72) is None
    assert blocks == []


def test_an_empty_paragraph_after_a_label_of_latin_letters():
    """Was: memcpy from a NULL buffer (UBSan): the label line of an empty paragraph."""
    blocks = [TextBlock("é: ", 0, []), TextBlock("Ä ", 2, ["", " \n "])]
    assert c_lines(blocks, 20) == python_lines(blocks, 20) == ["é:", "", "Ä"]


class Rule:
    """A kind that is "rule" to ==, not a str."""

    def __eq__(self, other: object) -> bool:
        return other == "rule"

    __hash__ = object.__hash__


class Label(str):
    """A str whose strip() the Python layout calls: what it answers is Python's."""

    def strip(self, chars: str | None = None) -> str:
        return ""


@pytest.mark.parametrize("block", [
    TextBlock("", 0, ["---"], Rule()),                     # was laid out as a paragraph
    TextBlock("", 2.0, ["a"]),                             # was TypeError (Python: ["a"])
    TextBlock("", 10**30, ["a"]),                          # was OverflowError
    TextBlock(Label("    "), 4, []),                       # a str subclass as prefix
    TextBlock("", 0, ("a", "b")),                          # parts a tuple
    TextBlock("", 0, ["a"], "p", None),                    # tight None
])
def test_attributes_of_other_types_are_left_to_python(block):
    """Attributes the Python layout reads with code of their own (==, strip(), *) or
    would read otherwise: declined, the Python layout's lines are the command's."""
    assert c_lines([TextBlock("", 0, ["before"]), block], 72) is None
    writer = TextWriter(Document(etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')),
                        View.DIPLOMATIC)
    writer.blocks = [TextBlock("", 0, ["before"]), block]
    assert writer.render() == writer.render_python()


def test_other_arguments_are_declined_or_refused():
    assert c_lines((TextBlock("", 0, ["a"]),), 72) is None      # not a list
    assert c_lines([TextBlock("", 0, ["a"])], 72.0) is None      # not an int
    assert c_lines([object()], 72) is None                       # no attributes: Python's
    assert c_lines([], 72) == []
    with pytest.raises(TypeError):
        compiled([])                                             # type: ignore[misc]


def test_the_inputs_reference_counts_are_unchanged():
    """Every reference the layout takes is given back, on the laid out, the declined and
    the failing path."""
    rule_text = "* * *"
    parts = ["Some   text\n  of a paragraph ", "and “more” — " * 9]
    blocks = [TextBlock("Mr. Smith: ", 4, parts), TextBlock("", 0, [rule_text], "rule"),
              TextBlock("    ", 4, ["Notes"], "head", True)]
    tab = TextBlock("", 0, ["a\tb"])
    objects = [*blocks, parts, *parts, rule_text, tab]
    before = [sys.getrefcount(obj) for obj in objects]
    for _ in range(50):
        lines = c_lines(blocks, 30)
        assert lines is not None and lines[-1] == "    -----"
        del lines
        assert c_lines([*blocks, tab], 30) is None
        with pytest.raises(TypeError):
            compiled(blocks)                                     # type: ignore[misc]
    assert [sys.getrefcount(obj) for obj in objects] == before


# ---------------------------------------------------------------- hostile TextBlock-likes

class Bare:
    """A block that is no TextBlock: only the attributes it was given."""

    def __init__(self, **attributes: object) -> None:
        self.__dict__.update(attributes)


TEXTS = st.lists(st.sampled_from(["a", "word", "x" * 25, " ", "  ", "\n ", "\t", "é", "—",
                                  "中", "\xa0", LINE_BREAK, "\x01", "\x7f", "\ud800"]),
                 max_size=12).map("".join)
ANY = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False),
                st.just(2**62), st.just(-(2**63)), st.just(10**30), TEXTS,
                st.lists(TEXTS, max_size=3), st.tuples(TEXTS), st.builds(Label, TEXTS),
                st.just(Rule()))
PREFIXES = st.one_of(st.sampled_from(["", "  ", "[1] ", "Mr. A: ", "é: ", "x" * 30]), ANY)
INDENTS = st.one_of(st.integers(0, 30), ANY)
PARTS = st.one_of(st.lists(TEXTS, max_size=4), ANY)
KINDS = st.one_of(st.sampled_from(["p", "head", "rule"]), ANY)
TIGHTS = st.one_of(st.booleans(), ANY)
FIELDS = {"prefix": PREFIXES, "indent": INDENTS, "parts": PARTS, "kind": KINDS,
          "tight": TIGHTS}


@st.composite
def hostile_block(draw: st.DrawFn) -> object:
    values = {name: draw(strategy) for name, strategy in FIELDS.items()}
    if draw(st.booleans()):
        return TextBlock(**values)               # type: ignore[arg-type]
    missing = draw(st.sets(st.sampled_from(sorted(FIELDS)), max_size=2))
    return Bare(**{k: v for k, v in values.items() if k not in missing})


WIDTHS = st.one_of(st.integers(-3, 30), st.integers(20, 90), st.just(SSIZE_MAX),
                   st.just(10**30), st.just(-(2**63)))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(hostile_block(), max_size=5), WIDTHS)
def test_hostile_blocks_give_pythons_lines_or_none(blocks, width):
    """Whatever the blocks hold: the C layout's lines are the Python layout's, or it
    declines; where the Python layout raises, the C one declines (or fails for memory, as
    Python does)."""
    try:
        expected = python_lines(blocks, width)
    except (MemoryError, OverflowError):
        try:
            c_lines(blocks, width)
        except (MemoryError, OverflowError):
            pass
        return
    except Exception:
        assert c_lines(blocks, width) is None
        return
    fast = c_lines(blocks, width)
    assert fast is None or fast == expected

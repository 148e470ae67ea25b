"""encode stays linear on the shapes that made it super-linear (issue 10, items 2 and 3),
and reads note numbers of any size and script (items 4 and 5).

Time is measured at 1x, 4x and 16x sizes in one process; the bound is on the growth ratio
(linear: 16), never an absolute time."""
from __future__ import annotations

import time

import pytest
from lxml import etree

from teikit import encode_text

TEI = "{http://www.tei-c.org/ns/1.0}"


def _best(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()       # CPU time: other jobs on the machine do not count
        encode_text(text, "shape.txt")
        best = min(best, time.process_time() - start)
    return best


SHAPES = {
    # a paragraph broken in mid-sentence again and again (Span.join was quadratic)
    "rejoined": lambda n: "Title\n\n" + "\n\n".join(["the words of a long sentence and"] * n)
    + "\n\nend.\n",
    # markers without notes, kept as text (the tail string was rebuilt at every append)
    "markers": lambda n: "Title\n\n" + " ".join(f"word[{i}]" for i in range(1, n + 1)) + "\n",
    # brackets in one paragraph (libxml2's check of <mixed> content was cubic)
    "brackets": lambda n: "Title\n\n" + "[a] " * n + "\n",
}


@pytest.mark.parametrize("shape", SHAPES)
def test_encode_time_grows_linearly(shape):
    make = SHAPES[shape]
    base = 500                        # the smallest run well above timer noise
    times = [_best(make(base * k)) for k in (1, 4, 16)]
    ratio = times[2] / times[0]
    # 16x the size: linear is 16, quadratic 256; 64 leaves room for a loaded machine
    assert ratio < 64, (shape, [round(t, 3) for t in times])


@pytest.mark.parametrize("digits", ["0123456789", "០១២៣៤៥៦៧៨៩", "၀၁၂၃၄၅၆၇၈၉", "߀߁߂߃߄߅߆߇߈߉",
                                    "᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙", "᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙"])
def test_note_numbers_in_any_script(digits):
    """Khmer, Myanmar, N'Ko, Balinese, Mongolian digits: the notes are notes, their
    xml:ids are XML names (ASCII digits)."""
    one, two = digits[1], digits[1] + digits[2]
    text = f"Title\n\nA claim.[{one}] Another.[{two}]\n\n[{one}] First note.\n\n[{two}] Second.\n"
    result = encode_text(text, "digits.txt")
    root = etree.fromstring(result.data)
    notes = root.findall(f".//{TEI}body//{TEI}note")
    assert [n.get("n") for n in notes] == [one, two]
    assert [n.get("{http://www.w3.org/XML/1998/namespace}id") for n in notes] == ["n1", "n12"]


def test_notes_numbered_ten_thousand_and_up_are_notes():
    n = 10003
    text = ("Title\n\n" + " ".join(f"w[{i}]" for i in range(1, n + 1)) + "\n\n"
            + "\n".join(f"[{i}] note {i}" for i in range(1, n + 1)) + "\n")
    result = encode_text(text, "many.txt")
    root = etree.fromstring(result.data)
    notes = root.findall(f".//{TEI}body//{TEI}note")
    assert len(notes) == n
    assert "".join(notes[-1].itertext()) == f"note {n}"
    assert not root.findall(f".//{TEI}supplied")

"""The plain-text edition: header block, wrapping, speaker labels, stage directions, signs
by view, numbered endnotes with markers, [Page N] in the diplomatic view only."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wcwidth import wcswidth

from teikit.export import export
from teikit.writers.text import wrap

from conftest import EDITION

TRANSCRIPT = EDITION / "tei" / "003_91c4a6c9c62e1599.xml"
TELEGRAM = EDITION / "tei" / "000_1146c90f5f55a996.xml"


def text(path, view="diplomatic", width=72, tmp=None):
    return export("text", path, view, width)[0].decode("utf-8")


def test_header_block_then_text():
    out = text(TRANSCRIPT)
    lines = out.split("\n")
    assert lines[0] == "Record of a Meeting Between T. V. Soong and Stalin"
    assert lines[1] == "=" * len(lines[0])
    header = out[:out.index("\n" + "-" * 72 + "\n")]
    for field in ("Date:      July 9, 1945", "Source:    \"Record of a Meeting",
                  "Summary:   Dr. Soong reports", "Speakers:  Stalin, Soong, Molotov",
                  "View:      diplomatic"):
        assert field in header, field
    assert "https://digitalarchive.wilsoncenter.org/document/123425" in header


def test_lines_fit_the_width():
    for width in (72, 40, 20):
        for path in (TRANSCRIPT, TELEGRAM):
            for line in text(path, width=width).split("\n"):
                assert len(line) <= width or " " not in line.strip(), (width, line)


def test_speaker_turns_and_stage_directions():
    out = text(TRANSCRIPT)
    assert "\nStalin: What news?\n" in out
    assert ("\nSoong: I reported to Chiang [Kai-shek] that our meeting was at a\n    deadlock."
            in out)
    assert "\n    When I left Washington" in out            # the turn's next paragraph
    assert "\n\n    (Stalin laughs).\n\n" in out             # between turns, set apart
    assert "\nMolotov: (Shows map). We renounce neutral zone" in out   # inside a turn


def test_signs_by_view():
    dip, rea = text(TRANSCRIPT, "diplomatic"), text(TRANSCRIPT, "reading")
    assert "extra-territoriality [illegible]" in dip
    assert "extra-territoriality […]" in rea
    assert "minima [sic] rights" in dip and "minima rights" in rea
    assert "[Kai-shek]" in dip and "[" not in rea.split("-" * 72)[1].replace("[…]", "")


def test_notes_are_numbered_endnotes():
    out = text(TELEGRAM)
    assert "President Roosevelt[1]\n" in out
    body = out.split("-" * 72, 1)[1]
    notes = body[body.index("\nNotes\n-----\n"):]
    assert notes.strip().endswith("with his\n    memorandum of June 29.")
    assert "\n[1] Paraphrase transmitted" in notes


def test_page_numbers_in_the_diplomatic_view_only(tmp_path):
    master = tmp_path / "pages.xml"
    master.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        "<title>Pages</title></titleStmt></fileDesc></teiHeader><text><body>"
        '<p>It would be worse for <pb n="37"/>China, said the coun<pb n="38"/>tries.</p>'
        '<pb n="39"/><p>Next.</p></body></text></TEI>', encoding="utf-8")
    dip, rea = text(master, "diplomatic"), text(master, "reading")
    assert "worse for [Page 37] China, said the coun[Page 38]tries." in dip
    assert "\n[Page 39]\n" in dip
    assert "worse for China, said the countries." in rea and "Page" not in rea.split("---")[-1]


def test_width_option_and_determinism():
    narrow = text(TRANSCRIPT, width=40)
    assert max(len(line) for line in narrow.split("\n") if " " in line.strip()) <= 40
    assert narrow == text(TRANSCRIPT, width=40)


words_st = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz.,'-", min_size=1,
                            max_size=30), min_size=0, max_size=60)


@settings(max_examples=300, deadline=None)
@given(words_st, st.integers(min_value=20, max_value=100), st.integers(0, 12),
       st.integers(0, 12))
def test_wrap_keeps_words_and_width(words, width, prefix_len, indent):
    line_text = " ".join(words)
    prefix = "P" * prefix_len
    lines = wrap(line_text, width, prefix, indent)
    joined = " ".join(line.strip() for line in lines)
    assert joined.split() == (prefix + line_text).split() or \
        joined.split() == ([prefix] if prefix else []) + line_text.split()
    for i, line in enumerate(lines):
        assert line == line.rstrip()
        if i:
            assert line.startswith(" " * indent)
        if len(line) > width:                        # only one word longer than a line
            assert len(line.strip().split()) == 1 or (i == 0 and prefix and
                                                      len(line[len(prefix):].split()) == 1)


def test_wrap_long_word_stands_alone():
    url = "https://example.org/" + "x" * 80
    assert wrap(f"see {url} here", 40) == ["see", url, "here"]
    assert re.fullmatch(r"Label: see", wrap(f"see {url}", 40, "Label: ", 4)[0])


# --------------------------------------------------------------- display width (issue 13)

CJK = "中華人民共和國外交部長與美國國務卿在北京會談討論兩國關係和地區安全問題"
DECOMPOSED = " ".join(["cafe\u0301", "nai\u0308ve", "re\u0301sume\u0301"] * 6)


def columns(line: str) -> int:
    """A line's width on a terminal, measured by wcwidth (not by len())."""
    return wcswidth(line)


@pytest.mark.parametrize("text", [CJK, DECOMPOSED, "Mixed 中文 and English words here " * 3])
@pytest.mark.parametrize("width", [20, 33])
def test_wrap_measures_display_width(text, width):
    lines = wrap(text, width, "Label: ", 4)
    assert all(columns(line) <= width for line in lines), [(columns(x), x) for x in lines]
    assert "".join("".join(line.split()) for line in lines) == "Label:" + "".join(
        text.split())                                  # nothing lost, nothing added
    if text is DECOMPOSED:          # combining accents take no column: lines are not short
        assert max(columns(line) for line in lines) > width - 8


def test_text_export_of_chinese_fits_the_width(tmp_path):
    master = tmp_path / "zh.xml"
    master.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        f"<title>{CJK[:12]}</title></titleStmt></fileDesc></teiHeader><text><body>"
        f"<p>{CJK * 3}</p></body></text></TEI>", encoding="utf-8")
    out = export("text", master, "diplomatic", 20)[0].decode("utf-8")
    assert all(columns(line) <= 20 for line in out.split("\n") if line.strip())
    assert CJK * 3 in "".join(out.split("-" * 20, 1)[1].split())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab中文\u0301é ", min_size=1, max_size=12), min_size=1,
                max_size=20), st.integers(min_value=20, max_value=60))
def test_wrap_by_display_width_keeps_everything(words, width):
    text = " ".join(" ".join(words).split())
    lines = wrap(text, width, "", 2)
    assert "".join("".join(line.split()) for line in lines) == "".join(text.split())
    for line in lines:
        assert columns(line) <= width or not _breakable(line.strip()), line


def _breakable(line: str) -> bool:
    """Has *line* a place where a line may end: a space not between two wide characters
    (a line ended there would read as no space), or two wide characters side by side."""
    widths = [wcswidth(c) for c in line if wcswidth(c) != 0]
    chars = [c for c in line if wcswidth(c) != 0]
    for i in range(1, len(chars)):
        if widths[i - 1] == 2 and widths[i] == 2:
            return True
        if chars[i] == " " and 0 < i < len(chars) - 1 and not (
                widths[i - 1] == 2 and widths[i + 1] == 2):
            return True
    return False


def test_a_space_between_two_wide_characters_is_no_line_end():
    """Found by the property tests: "𬮅 𧗥" broken at its space read as one word "𬮅𧗥"
    (a line that ends between two wide characters reads as no space)."""
    lines = wrap("úúī𬮅 𧗥 abc def", 8)
    assert lines[0] == "úúī𬮅 𧗥"
    assert wrap("00000𠀀 〡0 abc", 9) == ["00000𠀀 〡0", "abc"]


def test_the_narrow_ranges_are_one_column_wide():
    """The text writer measures these characters by len() without asking wcwidth."""
    from teikit.writers.wrap import NARROW_RANGES
    wide = [hex(c) for a, b in NARROW_RANGES for c in range(a, b + 1) if wcswidth(chr(c)) != 1]
    assert not wide


def test_plain_text_is_narrow_and_keeps_no_space():
    """What the text writer collapses and wraps as plain text (text.PLAIN_TEXT): once
    collapsed by str.split, narrow characters only, and no no-break space."""
    from teikit.writers.text import NO_BREAK, PLAIN_TEXT
    from teikit.writers.wrap import NARROW_RANGES
    plain = [chr(c) for c in range(0x110000) if PLAIN_TEXT.fullmatch(chr(c))]
    assert not [c for c in plain if c in NO_BREAK]
    assert not [hex(ord(c)) for c in plain if not c.isspace()
                and not any(a <= ord(c) <= b for a, b in NARROW_RANGES)]
    assert {c for c in plain if c.isspace()} == set(" \t\n\r")


# ------------------------------------------------ the whole document collapsed and wrapped

SPACES_ST = st.sampled_from([" ", "  ", "\n", "\n    ", " \n\t\t", "\t", "\r", "\n\n  ",
                             "\u00a0", "\u3000", "\u2028", "\x85", "\x0b", "\x00", " \x00 "])
WORDS_ST = st.sampled_from(["a", "word", "Straße", "—", "’s", "中文", "e\u0301", "x" * 50,
                            "\u00ad", "\x7f", "é"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.tuples(WORDS_ST, SPACES_ST), max_size=12), max_size=8))
def test_plain_texts_are_collapsed_as_one_by_one(blocks):
    """text._spaced_plain (the texts of a document collapsed together) gives what each
    text collapsed alone gives, or None (then each is collapsed alone)."""
    from teikit.writers.text import LINE_BREAK, PLAIN_TEXT, _single_spaced, _spaced_plain
    texts = ["".join(w + s for w, s in block) for block in blocks]
    spaced = _spaced_plain(texts)
    if spaced is None:
        return
    assert len(spaced) == len(texts)
    for text, got in zip(texts, spaced, strict=True):
        pieces = [piece.strip() for piece in got.split(LINE_BREAK)]
        assert pieces == [_single_spaced(p) for p in text.split(LINE_BREAK)]
        # measured by len() as wrap measures them (ASCII, as wrap takes it, or narrow)
        assert all(p.isascii() or PLAIN_TEXT.fullmatch(p) for p in pieces)


def test_plain_texts_of_a_pretty_printed_document_are_collapsed_together():
    from teikit.writers.text import _spaced_plain
    texts = ["\n      One  two\n      three ", "", "Four’s —\n\n  five\n", "  six\n\t\t"]
    assert _spaced_plain(texts) == ["One two three", "", "Four’s — five", "six"]
    assert _spaced_plain(["a\tb"]) is None                   # a tab inside a line
    assert _spaced_plain(["a\u00a0b", "c"]) is None          # a no-break space is kept
    assert _spaced_plain(["中文"]) is None                    # two columns a character


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghij.,'’—é", min_size=1, max_size=30),
                max_size=40), st.integers(min_value=20, max_value=100),
       st.sampled_from(["", "  ", "Label: ", "    [12] ", "A very long speaker label: "]),
       st.integers(0, 12))
def test_wrap_narrow_is_wrap(words, width, prefix, indent):
    """The text writer's wrap of plain text (str.rfind, lines added to a list) breaks
    every line where wrap does."""
    from teikit.writers.wrap import wrap_narrow
    text = " ".join(words)
    lines = ["before"]
    wrap_narrow(lines, text, width, prefix, indent)
    assert lines == ["before", *wrap(text, width, prefix, indent)]

"""Nothing lost: every word of a source is in its master, and the master's text follows
the source's order; only the lines the report names as left out are excused."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit import encode_file
from teikit.header import Edition

from conftest import SEEDS, corpus_texts
from wordcheck import body_in_source_order, missing_words, source_words


def check(path):
    result = encode_file(path, edition=Edition())
    excused = {n for item in result.left_out for n in range(item.line, item.end_line + 1)}
    text = path.read_bytes().decode(result.encoding).lstrip("\ufeff")
    source = source_words(text, excused)
    root = etree.fromstring(result.data)
    missing = missing_words(source, root)
    assert not missing, f"{path.name}: words lost: {dict(missing.most_common(20))}"
    disorder = body_in_source_order(source_words(text), root)
    assert not disorder, f"{path.name}: text out of source order: {disorder[:20]}"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_keeps_every_word(path):
    check(path)


CORPUS = corpus_texts()


@pytest.mark.shared
@pytest.mark.skipif(not CORPUS, reason="needs ../shared/corpus (the team's shared corpus)")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_text_keeps_every_word(path):
    check(path)


def test_left_out_lines_are_only_chrome_and_duplicates():
    """The seeds' left-out lines are exactly the site chrome, empty fields and the printed
    duplicate of the note; no line of the document's text is among them."""
    result = encode_file(SEEDS[0], edition=Edition())
    codes = sorted(item.code for item in result.left_out)
    assert codes == ["duplicate-note", "empty-field", "empty-field", "site-chrome",
                     "site-chrome"]
    texts = {item.text for item in result.left_out}
    assert "Skip to content" in texts and "Record ID" in texts

"""No word lost: the words of every master (text and notes) are the words of its text
export and of its HTML page's main text, once the signs of the view are taken away.
Checked on the seeds, on the corpus texts' encodings, on TEI from elsewhere (FRUS document
divs, DraCor, ParlaMint-style siParl, the HAC minutes) and on a whole FRUS volume."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from teikit.diagnostics import TeikitError
from teikit.encode import encode_file
from teikit.export import export, load_master
from teikit.header import Edition

from conftest import EDITION, REQUIRE_SHARED, SHARED, corpus_texts, shared_path
from exportwords import (
    difference,
    html_main_text,
    html_words,
    master_words,
    master_words_for_text,
    note_labels,
    text_words,
    words,
)

VIEWS = ["diplomatic", "reading"]
MASTERS = sorted((EDITION / "tei").glob("*.xml"))


def check_no_word_lost(path, view):
    root = load_master(path).root
    page, _ = export("html", path, view)
    text, _ = export("text", path, view)
    in_html = difference(master_words(root, view), html_words(page))
    assert not in_html, f"{path.name} ({view}) HTML: {in_html}"
    in_text = difference(master_words_for_text(root, view), text_words(text, note_labels(root)))
    assert not in_text, f"{path.name} ({view}) text: {in_text}"


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("path", MASTERS, ids=lambda p: p.name)
def test_seed_masters(path, view):
    check_no_word_lost(path, view)


CORPUS = corpus_texts()


@pytest.mark.shared
@pytest.mark.skipif(not CORPUS, reason="needs ../shared/corpus (the team's shared corpus)")
@pytest.mark.parametrize("source", CORPUS, ids=lambda p: p.name)
def test_corpus_encodings(source, tmp_path):
    master = tmp_path / f"{source.stem}.xml"
    try:
        master.write_bytes(encode_file(source, edition=Edition()).data)
    except TeikitError as exc:          # e.g. not UTF-8: encode needs --encoding
        pytest.skip(f"encode refuses this source without options: {exc}")
    for view in VIEWS:
        check_no_word_lost(master, view)


def tei_from_elsewhere():
    if not SHARED.exists():
        if REQUIRE_SHARED:
            raise RuntimeError(f"{SHARED} is missing, and TEIKIT_REQUIRE_SHARED says it must "
                               "be here")
        return []
    corpus = SHARED / "corpus"
    return sorted(corpus.glob("frus/*.xml")) + sorted(corpus.glob("other/*/*.xml"))


ELSEWHERE = tei_from_elsewhere()


@pytest.mark.shared
@pytest.mark.skipif(not ELSEWHERE, reason="needs ../shared/corpus (the team's shared corpus)")
@pytest.mark.parametrize("path", ELSEWHERE, ids=lambda p: p.name)
def test_tei_from_elsewhere(path):
    for view in VIEWS:
        check_no_word_lost(path, view)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("view", VIEWS)
def test_whole_frus_volume(view):
    check_no_word_lost(shared_path("corpus", "volumes", "frus1977-80v01.xml"), view)


def test_the_check_can_fail():
    """The word check sees a word dropped from a page or added to it."""
    path = MASTERS[1]
    root = load_master(path).root
    page, _ = export("html", path, "diplomatic")
    doc = lxml_html.document_fromstring(page)
    speech = doc.find(".//main//div[@class='speech']/p")
    speech.getparent().remove(speech)
    dropped = lxml_html.tostring(doc)
    assert difference(master_words(root, "diplomatic"), html_words(dropped)).get("missing")
    assert "What news" not in html_main_text(dropped)
    text, _ = export("text", path, "diplomatic")
    more = text + b"\nan extra sentence\n"
    got = text_words(more, note_labels(root))
    assert difference(master_words_for_text(root, "diplomatic"), got) == {
        "extra": dict(words("an extra sentence"))}

"""The lowest-scoring documents of the earlier scout rounds (low18): one small example per
rule, each derived from a real source named in its docstring."""
from __future__ import annotations

from teiquery import encode, texts, xp


def test_month_comma_year_is_a_date():
    """The Antiquary, January 1901 (a magazine's issue line "January, 1901." under its
    title); letters and diaries date a month the same way ("March, 1862")."""
    root, _ = encode("# The Antiquary.\n\nJanuary, 1901.\n\n## Notes of the Month.\n\n"
                     "The British School at Rome was announced to open in December.\n",
                     "antiquary.md")
    assert [d.get("when") for d in xp(root, "//t:creation/t:date")] == ["1901-01"]
    assert texts(root, "//t:text//t:dateline/t:date") == ["January, 1901"]


def test_preprinted_page_number_and_export_header():
    """Smithsonian Transcription Center, Phaedra notebook 2208 p. 28: the export's header
    between two rules (Filename, Page, the page's and the image's URLs) and the notebook's
    printed page number "[[preprinted]] 22 [[/preprinted]]" over the page's text."""
    root, _ = encode("=======================\nFilename: page=28 - 0002208.028.jpg\n"
                     "Page: 1 of 1\nhttps://transcription.si.edu/transcribe/50684/ERUUV\n"
                     "https://static.adsabs.harvard.edu/static/phaedra/phaedra2208/0002208.028"
                     ".jpg\n=======================\n\n[[preprinted]] 22 [[/preprinted]]\n"
                     "Observed the plates of the night; the seeing was poor at the red end.\n")
    assert [pb.get("n") for pb in xp(root, "//t:text//t:pb")] == ["22"]
    body = "".join(xp(root, "//t:text")[0].itertext())
    assert "Filename" not in body and "preprinted" not in body
    assert "Observed the plates of the night" in body
    assert xp(root, "//t:sourceDesc//t:ref/@target") == [
        "https://transcription.si.edu/transcribe/50684/ERUUV"]
    assert texts(root, "//t:sourceDesc//t:note[@type='url']") == [
        "https://static.adsabs.harvard.edu/static/phaedra/phaedra2208/0002208.028.jpg"]


def test_one_bold_label_alone_is_no_speaker():
    """Team meeting minutes (Word, 2014): "**Dress Code for Presentation:**" alone over a
    paragraph, the only label of its kind in the document: a run-in heading of minutes and
    reports ("**Action items:**"), no speaker's turn."""
    root, _ = encode("# Team meeting 1\n\n**1. Attendees:**\n\nKelvin Ang, Lim Wei Jie, "
                     "Thida.\n\n**Dress Code for Presentation:**\n\nFormal white shirt with "
                     "black pants and formal shoe.\n", "minutes.md")
    assert xp(root, "//t:sp") == []
    assert "Formal white shirt" in "".join(xp(root, "//t:text")[0].itertext())


def test_singers_in_parentheses_among_heading_labels():
    """Camilo Castelo Branco, A Morgadinha de Val-d'Amores (1871, Project Gutenberg as
    Markdown): the coplas' singers "(UMA VOZ)" / "(CÔRO)" set as headings among the play's
    heading labels ("#### **Morgadinha**"), as French "(CHOEUR)" and English "(CHORUS)"
    stand over a play's songs."""
    root, _ = encode("# A Morgadinha\n\n#### **Morgadinha**\nCantem lá a Marianinha.\n"
                     "#### **O rabequista**\nJa vamos, fidalga.\n#### **Morgadinha**\n"
                     "Pois sim.\n#### **O rabequista**\nBiba!\n"
                     "#### **(UMA VOZ)**\nJa fui canario do rei,\n"
                     "#### **(CÔRO)**\nSim, sim, eu vou lá\n#### **(UMA VOZ)**\n"
                     "Agora sou pintassilgo\n#### **(CÔRO)**\nSim, sim, etc.\n", "play.md")
    assert texts(root, "//t:sp/t:speaker") == ["Morgadinha", "O rabequista", "Morgadinha",
                                               "O rabequista", "UMA VOZ", "CÔRO", "UMA VOZ",
                                               "CÔRO"]
    assert xp(root, "//t:stage") == []


def test_year_that_opens_a_title_dates_the_record():
    """A family-history site's page on a baptism register entry (Antora, "= 1804 Johann
    Heinrich Kleinschmidt"): a year before a name in the title is the record's year, as
    register and genealogy sites title their entries."""
    root, _ = encode("= 1804 Johann Heinrich Kleinschmidt\n\nIn 1804 Johann Heinrich "
                     "Kleinschmidt, son of Johann Dietrich, was baptised at Buchholz.\n",
                     "entry.adoc")
    assert [d.get("when") for d in xp(root, "//t:creation/t:date")] == ["1804"]

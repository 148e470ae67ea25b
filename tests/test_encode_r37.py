"""Round 37 of the scouting (/work/scout/REPORT37.md): letters and acts in Spanish, French
and Latin. The inputs are written for these tests in the forms of the scouts' documents
(Epistolae letter pages, a Hugo export of raw HTML in Markdown; AGI and Colombian archive
transcriptions of royal cédulas and notarial acts; a Jekyll letter edition with the
postscript in its front matter; a course page with a fenced line-by-line transcription;
an Obsidian diary edition): the words are new, the forms theirs."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ------------------------------------ raw HTML headings with text after their ends (F1)

EPISTOLA = ("---\ntitle: \"A letter from Anselm (1104)\"\n---\n"
            "<h2> Translated letter:</h2>To Matilda, his dearest lady, Anselm sends greetings.\n"
            "We have received your letter with joy.\n"
            "<h2 class=\"mt-4\"> Original letter:</h2>Dominae carissimae Mathildi Anselmus "
            "salutem.\n"
            "<h2 class=\"mt-4\"> Date:</h2>1104")


def test_raw_html_headings_open_sections_and_keep_the_text_after_them_in_order():
    """One CommonMark HTML block (no blank line) of "<h2>…</h2>Text" runs: each <h2> a
    section's heading, the words after its end in that section, in source order."""
    root, _ = encode(EPISTOLA, "letter.md")
    assert texts(root, "//t:body//t:div/t:head[not(@type)]") == [
        "Translated letter:", "Original letter:", "Date:"]
    assert texts(root, "//t:body//t:div[t:head[not(@type)]]/*[2]") == [
        "To Matilda, his dearest lady, Anselm sends greetings.We have received your letter "
        "with joy.", "Dominae carissimae Mathildi Anselmus salutem.", "1104"]
    assert "mt-4" not in "".join(root.itertext())

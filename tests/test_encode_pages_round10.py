"""Page markers of editions, OCR and Gutenberg transcriptions, and Markdown headings without
their space (scout rounds 9 and 10), one small real-world example each."""
from __future__ import annotations

from teiquery import encode, texts, xp


def test_decorated_page_lines_with_folio_labels():
    """Suriano's dispatches (Venice, 1616), plain-text edition: "--- page 071r---" lines."""
    root, _ = encode("--- page 071r---\nSerenissimo Principe\nnel venirmene in questa città, "
                     "ove arrivai lunedì, mi è conve-\nnuto metter qualche giorno di più.\n"
                     "--- page 071v---\n passassi a quel Principe come capo dell’Unione.\n")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["071r", "071v"]
    assert "page" not in " ".join(texts(root, "//t:body//t:p"))


def test_folio_label_between_slashes():
    """Suriano's dispatches, the .docx transcription: "/ 71r /" on a paragraph of its own."""
    root, _ = encode("Serenissimo Principe,\n\n/ 71r /\n\nnel venirmene in questa città.\n\n"
                     "/ 71v /\n\npassassi a quel Principe.\n")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["71r", "71v"]


def test_page_line_with_a_colon_in_a_sentence():
    """PNG Hansard 2023-03-22 (Palau air services): "<p>Page 22:</p>" between the halves of
    a sentence."""
    root, _ = encode("<html><body><p>Mr Assistant Speaker, the routes are from Port Moresby to "
                     "Brisbane, and</p>\n<p>Page 22:</p>\n<p>vice versa. And these routes shall "
                     "be subsidized.</p></body></html>", "doc.html")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["22"]
    assert "Page 22" not in " ".join(texts(root, "//t:body"))


def test_page_numbers_in_braces_inside_the_text():
    """Camilo Castelo Branco, Theatro Comico (1871), Gutenberg text as Markdown: "{12}"."""
    root, _ = encode("# Prefacio\n\nA rasão argumenta-me{12} que eu, escrivão de tantas "
                     "comedias, devo ir consultar os pergaminhos.{13} N'este proposito "
                     "escrevi.\n\nE a critica não lhes ferrava a{14} unha.\n", "doc.md")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["12", "13", "14"]
    assert "{" not in " ".join(texts(root, "//t:body"))


def test_one_number_in_braces_is_no_evidence():
    """A single "{3}" proves nothing (a set, a template): kept as text."""
    root, _ = encode("The set {3} has one member.\n")
    assert not xp(root, "//t:body//t:pb")
    assert "{3}" in " ".join(texts(root, "//t:body//t:p"))


def test_gutenberg_pn_span():
    """Camilo Castelo Branco, O condemnado (1870), Gutenberg HTML: <span class="pn">{10}."""
    root, _ = encode('<html><body><p>Ó João, toca a descansar; senta-te, mas com geito, se não '
                     'afundas.<span class="pn">{10}</span></p><p>Pois sim.</p>'
                     '<p><span class="pn">Maria</span> disse.</p></body></html>', "doc.html")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["10"]
    assert "Maria disse." in " ".join(texts(root, "//t:body//t:p"))


def test_markdown_headings_without_the_space():
    """Slavery Convention (Geneva, 1926), a treaty export: "##Slavery Convention",
    "###Article 1"."""
    root, _ = encode("##Slavery Convention\n\n####SLAVERY CONVENTION.\n\n###Article 1 \n\n"
                     "For the purpose of the present Convention, the following definitions are "
                     "agreed upon.\n", "doc.md")
    assert texts(root, "//t:body//t:head") == ["Slavery Convention", "SLAVERY CONVENTION.",
                                               "Article 1"]


def test_a_hashtag_line_stays_text():
    """A post with hashtags: "#Heritage" and "#1 in sales" are no headings."""
    root, _ = encode("Our archive opened today.\n\n#Heritage\n\n#1 in sales\n\n#Archives\n",
                     "doc.md")
    assert not [h for h in texts(root, "//t:body//t:head") if "Heritage" in h or "sales" in h]
    assert "#Heritage" in " ".join(texts(root, "//t:body//t:p"))

"""Leftovers of scout rounds 12 and 13 (issue 8): letter heads of documentary editions,
the incident words of parliaments in other languages, contents-page leaders and the
record ids of a parliament's web pages. One small real-world-derived example per rule."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ----------------------------------------------------------------------------- letter heads

TWAIN_LETTER = (
    "<html><body><div class=\"centerhead\">Daniel C. French to Samuel L. Clemens<br/>"
    "30 March 1884 \u2022 New York, N.Y.<br/><span class=\"source\">(MS: CU-MARK, UCLC "
    "41843)</span></div><p>My dear Mr. Clemens</p><p>I am very desirous of obtaining an "
    "autograph of yours to add to a somewhat limited collection. Will you be kind enough to "
    "send me one as soon as possible.</p><p>Yours very truly</p><p>Daniel C. French.</p>"
    "<p>New York<br/>March 30, 1884</p></body></html>")


def test_edition_letter_head_names_writer_and_addressee_over_the_date():
    """Mark Twain Project letter page (French to Clemens, 30 March 1884): the head line
    is the heading and the title, the date line under it the dateline."""
    root, _ = encode(TWAIN_LETTER, "letter.html")
    assert texts(root, "//t:titleStmt/t:title") == ["Daniel C. French to Samuel L. Clemens"]
    assert texts(root, "//t:body//t:head") == ["Daniel C. French to Samuel L. Clemens"]
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1884-03-30"]
    assert xp(root, "//t:creation/t:date/@when") == ["1884-03-30"]


def test_place_over_date_under_the_signature_is_the_closers_dateline():
    """The same letter closes "Yours very truly" / "Daniel C. French." / "New York" /
    "March 30, 1884": the name is signed, the place and date its dateline."""
    root, _ = encode(TWAIN_LETTER, "letter.html")
    assert texts(root, "//t:closer/t:signed") == ["Daniel C. French."]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["1884-03-30"]


# ----------------------------------------------------------------------------- Markdown

DEPECHE = ("#Text transcriptions\n\n## **Sample 1**\n"
           "## _La Dépêche : journal quotidien (04 avril 1875)_\n\n"
           "<p>Seul, le _Messager de Toulouse_ déclarait que ce vote « ne lui inspirait "
           "aucune inquiétude ». Le préfet de la Haute-\nGaronne entre autres s'est montré "
           "d'une rigueur extrême.</p>\n")


def test_markdown_emphasis_inside_an_html_block():
    """A transcription of La Dépêche (1875) in Markdown, each paragraph pasted in <p>:
    the _…_ inside is italics, and "Haute-" / "Garonne" one word."""
    root, _ = encode(DEPECHE, "depeche.md")
    assert texts(root, "//t:p/t:hi[@rend='italic']") == ["Messager de Toulouse"]
    assert "Haute-Garonne" in texts(root, "//t:body//t:p")[0]
    assert "_" not in " ".join(texts(root, "//t:body//t:p"))


def test_snake_case_and_marker_stars_stay_in_an_html_block():
    root, _ = encode("# Notes\n\nSome text here.\n\n<p>The field user_name_id was "
                     "bosker* in 2 * 3 cases.</p>\n", "notes.md")
    assert texts(root, "//t:body//t:p")[-1] == "The field user_name_id was bosker* in 2 * 3 cases."


def test_first_line_heading_without_space_and_a_label_heading_over_the_title():
    """The same file opens "#Text transcriptions" over "## **Sample 1**" and the paper's
    own heading: the first is a heading, and the title is the paper's."""
    root, _ = encode(DEPECHE, "depeche.md")
    assert texts(root, "//t:body//t:head")[0] == "Text transcriptions"
    assert texts(root, "//t:titleStmt/t:title") == [
        "La Dépêche : journal quotidien (04 avril 1875)"]


def test_a_hashtag_line_alone_stays_text():
    root, _ = encode("Posted by the archive team\n\n#Throwback Thursday\n\nSome words of "
                     "the post.\n\n## Comments\n\nNone yet.\n", "post.md")
    assert "#Throwback Thursday" in texts(root, "//t:body//t:p")


# ----------------------------------------------------------------------------- incidents

def test_incident_words_of_parliaments_in_other_languages():
    """Dewan Negara (Malaysia), 26 May 2008: "… Menteri Kabinet...  [Tepuk]" is the
    applause (Malay), no word supplied; the same for Swahili "(Makofi)"."""
    root, _ = encode("DEWAN NEGARA\n\nTuan Yang di-Pertua: Saya bagi pihak Dewan Negara "
                     "menghargai kehadiran Menteri Kabinet...  [Tepuk]\n\n"
                     "Mhe. Spika: Naomba kuwashukuru wote kwa kazi nzuri. (Makofi)\n")
    assert texts(root, "//t:incident/t:desc") == ["Tepuk", "Makofi"]
    assert not xp(root, "//t:supplied")

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


# ----------------------------------------------------------------------------- Hansard lines

DEWAN = (
    "DEWAN NEGARA\n\nIsnin, 26 Mei 2008\n\n"
    "Tuan Yang di-Pertua: Ahli-ahli Yang Berhormat, saya mengucapkan tahniah kepada Ahli.\n\n"
    "Tuan Yang di-Pertua: Ahli-ahli Yang Berhormat, dengan sukacitanya saya \n"
    "memaklumkan kepada Majlis ini iaitu pada 29 April 2008, Seri Paduka Baginda Yang di-\n"
    "Pertuan Agong, dengan limpah kurnia Baginda telah berkenan menyampaikan Titah \n"
    "Ucapan  Diraja  dalam  Parlimen.  Saya  telah  menerima  salinan  Titah  Ucapan  Seri \n"
    "Paduka Baginda itu dan seterusnya sekarang saya mengarahkan supaya salinan Titah \n"
    "Ucapan  itu  dibentangkan  di  atas  meja  Mesyuarat  dan  seterusnya  dicetak  dalam \n"
    "Penyata Rasmi. \n[Teks Titah Ucapan Diraja adalah seperti di Lampiran] \n\n"
    "Tuan Yang di-Pertua: Sebelum Yang Berhormat mula menjawab, saya bagi \n"
    "pihak Dewan Negara mengalu-alukan dan menghargai kehadiran Yang Berhormat-\n"
    "Yang Berhormat Menteri Kabinet...  [Tepuk] \n\n"
    "1.  Datuk Haji Roslan bin Awang Chik minta Menteri Perdagangan Dalam \n"
    "Negeri dan Hal Ehwal Pengguna menyatakan apakah perancangan pihak kementerian. \n"
    "Menteri  Perdagangan Dalam Negeri dan Hal Ehwal  Pengguna  [Dato’ \n"
    "Shahrir Abdul Samad]:  Tuan Yang di-Pertua, terima kasih banyak. Langkah-langkah \n"
    "kerajaan  yang  telah  diambil  dalam  menghadapi  apa  yang  disebut  sebagai  krisis.\n")


def test_hard_wrapped_lines_that_open_with_capitals_are_one_paragraph():
    """Dewan Negara, 26 May 2008, from PDF: the lines of a speech run on at one width,
    though Malay capitalises many of the words they open with (Titah, Ucapan, Paduka); the
    note in brackets on its own line under the last sentence keeps its line."""
    root, _ = encode(DEWAN, "dewan.txt")
    speech = texts(root, "//t:sp[2]/t:p")
    assert len(speech) == 2 and speech[0].endswith("dicetak dalam Penyata Rasmi.")
    assert "Yang di-Pertuan Agong" in speech[0]
    assert speech[1] == "[Teks Titah Ucapan Diraja adalah seperti di Lampiran]"   # (its line)


def test_a_speech_that_ends_in_the_reporters_note_is_a_turn():
    """"… Menteri Kabinet...  [Tepuk]": a speech, not a title (its words capitalised)."""
    root, _ = encode(DEWAN, "dewan.txt")
    assert texts(root, "//t:sp/t:speaker")[:3] == ["Tuan Yang di-Pertua"] * 3


def test_an_office_label_with_the_name_in_brackets_cut_by_the_line_end():
    """The minister's label over two lines, the holder's name in square brackets, under
    the question's last line: a turn of its own, the name no supplied text."""
    root, _ = encode(DEWAN, "dewan.txt")
    assert texts(root, "//t:sp/t:speaker")[-1] == (
        "Menteri Perdagangan Dalam Negeri dan Hal Ehwal Pengguna [Dato’ Shahrir Abdul Samad]")
    assert texts(root, "//t:sp[last()]/t:p")[0].startswith("Tuan Yang di-Pertua, terima")
    assert not xp(root, "//t:supplied")


# ----------------------------------------------------------------------------- leaders, ids

SEANAD = (
    "SEANAD ÉIREANN\n\n"
    "Gnó an tSeanaid - Business of Seanad \b\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd 444\n"
    "School Enrolments\b\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd 445\n"
    "Equality Issues ........................ 454\n\n"
    "18/11/2021A00050\n\n18/11/2021A00150\n\n18/11/2021A00200\n\n18/11/2021FF00100\n\n"
    "An Leas-Chathaoirleach: I welcome the Minister of State to the House.\n\n"
    "18/11/2021A00300\n\n"
    "Senator Mark Wall: I thank the Minister of State for coming in.\n")


def test_contents_leaders_are_left_out_and_reported():
    """Seanad Éireann, 18 November 2021, as the Oireachtas exports it: the contents lines'
    leader glyphs (U+FFFD after a backspace) and dots are layout; the titles and page
    numbers stay."""
    root, result = encode(SEANAD, "seanad.txt")
    words = " ".join(texts(root, "//t:body//t:p"))
    assert "\ufffd" not in words and "...." not in words
    assert "School Enrolments" in words and "445" in words and "454" in words
    assert any(x.code == "leaders" for x in result.left_out)


def test_record_ids_with_a_two_letter_series_are_identifiers_too():
    """The same export puts "18/11/2021A00050" under each paragraph, and once
    "18/11/2021FF00100": the same form of identifier, left out with the others."""
    root, result = encode(SEANAD, "seanad.txt")
    assert "/11/2021" not in " ".join(texts(root, "//t:body"))
    assert sum(x.code == "identifier" for x in result.left_out) == 5

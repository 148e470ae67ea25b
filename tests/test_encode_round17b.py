"""Round 17's leftovers (issue 8, /work/scout/REPORT17.md, REPORT15.md, REPORT16.md):
editors' notes in brackets, hyphens of printed lines, unsigned closings, verse drama,
title pages and OCR noise; one small real-world-derived example per rule."""
from __future__ import annotations

from lxml import etree
from teiquery import docx_bytes, encode, texts, xp

from teikit.encode import encode_file
from teikit.header import Edition


def test_an_editors_description_in_brackets_is_a_note_not_supplied_words():
    """De septem rivis Egypti, a Word transcription (F4): its legend says "[Text]
    Anmerkung der Edition"; "[Das folgende in rot:]", "[Subskript erneut: …]" describe the
    manuscript, "[(???)]" is a word not read, and "Edition; [?]" does not doubt Edition."""
    root, _ = encode("Legende: [Text] Anmerkung der Edition; [?] unsichere Lesung.\n\n"
                     "q(ua)m viliores app(ar)ere [Subskript erneut: app(ar)ere] eq(ua)nimit(er)"
                     " f(er)re possum(us). miles ac[(???)] p(rae)liis. Explicit. [Das folgende"
                     " in rot:] Tractat(us) b(eat)i B(er)nhardi [original spelling]\n\n"
                     "Chiang [Kai-shek] came to Port Arthur [Lüshunkou].\n")
    assert texts(root, "//t:note[@type='editorial']") == [
        "Subskript erneut: app(ar)ere", "Das folgende in rot:", "original spelling"]
    assert texts(root, "//t:supplied") == ["Text", "Kai-shek", "Lüshunkou"]
    assert len(xp(root, "//t:gap[@reason='illegible']")) == 2
    assert not xp(root, "//t:unclear")


def test_a_word_cut_by_a_hyphen_inside_a_line_is_joined_where_the_text_knows_it():
    """Voltaire, Lettres secrètes, an XSLT page that kept the printed line ends' hyphens
    (F11): "mu- sique" where the letter prints "Musique", "gloi-" at the page source's
    line end; "bien- aise" (bien-aise) and "celui- ci" (celui-ci) stay as printed."""
    html = ("<html><body><h1>Lettre V de Mr. de Voltaire</h1><p>des morceaux de mu- sique "
            "chez le Prince. Tous les caracteres de la Musique peuvent s'exercer. Je suis "
            "bien- aise de celui- ci et de celui-ci, et de la gloi-\n re.</p></body></html>")
    root, result = encode(html, "lettre.html")
    text = " ".join(texts(root, "//t:body//t:p"))
    assert "de musique chez" in text and "de la gloire." in text
    assert "bien- aise" in text and "celui- ci" in text
    assert sum(d.code == "dehyphenated" for d in result.diagnostics) == 2


def test_an_unsigned_closing_with_the_addressee_under_it_is_the_closer():
    """Mgr Rémond to Father Vayssière, Nice 1940, an office copy (F13): no signature; the
    closing sentence ends in "veuillez agréer mes sentiments …", the addressee's lines
    under it (four lines, a street's among them: no signer's name and office); a page with
    no class names that say so."""
    html = ("<html><body><h2>Rémond à Vayssière (19 février 1940)</h2><p>Nice le 19 Février "
            "1940</p><p>Mon révérend Père,</p><p>Il est bien entendu que mon offre et votre "
            "acceptation constituent un accord définitif.</p><p>Soyez assuré, mon Révérend "
            "Père, de la reconnaissance de l'Evêque de Nice et veuillez agréer mes "
            "sentiments religieusement dévoués.</p><p>Le REVEREND PERE VAYSSIERE<br>"
            "Provincial de la Province de Toulouse<br>35 rue Edmond Rostan<br>MARSEILLE</p>"
            "</body></html>")
    root, _ = encode(html, "lettre.html")
    assert texts(root, "//t:closer/t:salute") == [
        "Soyez assuré, mon Révérend Père, de la reconnaissance de l'Evêque de Nice et "
        "veuillez agréer mes sentiments religieusement dévoués."]
    assert len(xp(root, "//t:closer/*[last()]//t:lb")) == 3
    assert not xp(root, "//t:closer/t:signed")


def test_a_verse_line_the_speakers_share_is_in_parts(tmp_path):
    """Reuchlin, Henno (TransLatin's Word transcription, F2): one verse line a paragraph,
    line numbers in steps of five, the next speaker's label inside a line after a
    sentence's end: <l part="I"> in one speech, <l part="F"> in the next."""
    lines = ["Elsa. Henno.", "Els. Muliercularum est misera condicio hercule",
             "Atque iis magis quae sunt maritis coniuges.",
             "(20) Hoc usque sensi quae viro sum subiuga.",
             "Quaecunque nendo operamque dando, domesticis", "Curis, lucris negotiisque villicis",
             "Hen. Faxo sciam, tantum quid uxor murmurat;",
             "Ne forte sensit quid dolo subtraxerim", "De eius crumenula. Sed est mirum unde tot",
             "Sibi aureos corraserit muliercula.",
             "(45) Uxor, bonum sero. Els. Et quidem sero nimis,",
             "Nil serius mihi est bono, cui labor", "Tantum diurnus incubat, quod vesperi",
             "Iam vix queam prae pigritudine hiscere.",
             "Hen. Quodcunque sit laboris utrique, attamen",
             "Nil nostrum utrique, quod sciam, reliqui est super;"]
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>"
                   for line in lines)
    src = tmp_path / "henno.docx"
    src.write_bytes(docx_bytes(body))
    root = etree.fromstring(encode_file(src, edition=Edition()).data)
    assert texts(root, "//t:sp/t:speaker") == ["Els", "Hen", "Els", "Hen"]
    assert texts(root, "//t:l[@part='I']") == ["(45) Uxor, bonum sero."]
    assert xp(root, "//t:l[@part='I']/../following-sibling::t:sp[1]/t:l[1]/@part") == ["F"]
    assert len(xp(root, "//t:sp/t:l")) == 16      # fifteen lines, one of them in two parts


def test_a_title_page_is_no_dialogue():
    """Sterne, Tristram Shandy vol. I (1760) set line by line (round 15): the title page's
    "THE" / "LIFE" / "AND" … and the half title's "THE" / "LIFE and OPINIONS" were a
    speaker THE, and "VOL. I." a speaker VOL; a play's labels at a line's start stay."""
    root, _ = encode("THE\nLIFE\nAND\nOPINIONS\nOF\nTRISTRAM SHANDY,\nGentleman.\n\n"
                     "VOL. I.\nThe Second Edition.\nLONDON:\nPrinted for R. and J. Dodsley.\n\n"
                     "SIR,\n\nNever poor Wight of a Dedicator had less hopes from his "
                     "Dedication.\n\nTHE\nLIFE and OPINIONS\nOF\nTRISTRAM SHANDY, Gent.\n\n"
                     "I Wish either my father or my mother had minded what they were about.\n")
    assert not xp(root, "//t:sp")
    assert "TRISTRAM SHANDY, Gent." in texts(root, "//t:body//t:p")[-2]
    root, _ = encode("ACT I\n\nBERNARDO\nWho's there?\n\nFRANCISCO\nNay, answer me: stand, "
                     "and unfold yourself.\n\nBERNARDO\nLong live the king!\n\nFRANCISCO\n"
                     "Bernardo?\n\nBERNARDO\nHe.\n")
    assert len(xp(root, "//t:sp")) == 5


def test_an_ocr_noise_line_is_never_the_title():
    """Quintana, Vidas de españoles célebres (1845), the Biblioteca Nacional de España's OCR
    (round 16): the stain read as "4:J~ --{;- tiJ." over the title page was the title; it
    is kept as text and reported, and the text is titled otherwise."""
    root, result = encode("4:J~ --{;- tiJ.\n\n47- 1--\n\nVIDAS\n\nESPAÑOLES CÉLEBRES\n\n"
                          "Las vidas de los hombres célebres son de todos los géneros de "
                          "historia el mas agradable de leerse.\n", "vidas.txt")
    assert "4:J~" not in " ".join(texts(root, "//t:titleStmt/t:title | //t:body//t:head"))
    assert texts(root, "//t:body//t:p")[0] == "4:J~ --{;- tiJ."
    assert [d.code for d in result.diagnostics].count("ocr-noise") == 1


def test_a_compounds_first_part_before_a_conjunction_stays_as_printed():
    """Slamat's Javanese sketches (1869, Dutch): "boom- en menschenledig" (tree- and
    people-empty) is no word cut at a line end, though the text prints "boomen"; nor is
    an imprint in brackets ("[Columbia: University of Missouri Press, 2005]") a label."""
    root, _ = encode("De weg, boom- en menschenledig, liep door de velden. De boomen "
                     "stonden verder op. Zie Rusk (Over All Our Day [Columbia: University "
                     "of Missouri Press, 2005], 12).\n", "slamat.txt")
    text = " ".join(texts(root, "//t:body//t:p"))
    assert "boom- en menschenledig" in text
    assert not xp(root, "//t:note[@type='editorial']")

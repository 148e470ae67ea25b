"""Round 17 of the scouting (issue 8, /work/scout/REPORT17.md): saved pages of XSLT-built
digital editions (HTML) and Word transcriptions of a treatise and of school dramas; one
small real-world-derived example per rule."""
from __future__ import annotations

from lxml import etree
from teiquery import docx_bytes, encode, texts, xp

from teikit.encode import encode_file
from teikit.header import Edition

# ------------------------------------------------------------------------------- HTML

VOLTAIRE = """<html lang="fr"><head><title>LETTRE SECRETES DE Mr. DE VOLTAIRE</title></head>
<body>
<div style="text-align: center;">
<h1>Édition en ligne des <i>LETTRE SECRETES DE Mr. DE VOLTAIRE</i></h1>
<h2>La correspondance de Voltaire</h2>
<p>Voltaire</p><a href="https://example.org/1878-portrait-de-voltaire.jpg"><img
 src="portrait.webp" alt="gravure, portrait de Voltaire, 1878"></a></div>
<div>
<h3>Lettre V de Mr. de Voltaire</h3>
<p>Au nom de Rameau ma froide veine se réchauffe, Monsieur. Vous me dites qu'il a
besoin de quelque guenille pour faire exécuter des morceaux de musique.</p>
<p>Je vous embrasse &amp; suis à vous pour la vie.</p>
<p>&gt;&gt; <a href="./lettrequatre.html">Lettre précédente.</a></p>
</div>
<p>&gt;&gt; <a href="./lettreVI.html">Lettre suivante : Lettre VI de Mr. de Voltaire</a></p>
<div class="footer">Encodage réalisé dans le cadre de l'évaluation du module XML-TEI<br><br>
École nationale des Chartes</div>
</body></html>"""


def test_an_editions_banner_over_the_letters_own_heading_is_no_title():
    """The Voltaire pages of an École des chartes XSLT edition (scout round 17, F8): the
    edition's <h1>/<h2> and author line over the letter's own <h3>."""
    root, result = encode(VOLTAIRE, "lettre-v.html")
    assert xp(root, "//t:titleStmt/t:title[1]/text()") == ["Lettre V de Mr. de Voltaire"]
    assert texts(root, "//t:body//t:head") == ["Lettre V de Mr. de Voltaire"]
    assert not xp(root, "//t:body//t:div[@type='section']")
    assert "site-banner" in result.rules
    assert any("Édition en ligne" in value for value in xp(root, "//t:sourceDesc//text()"))


def test_next_and_previous_letter_links_and_a_div_footer_are_left_out():
    """The same pages (F10): ">> Lettre suivante : …" paragraphs and a <div class="footer">
    credit, without <nav> or <footer>."""
    root, result = encode(VOLTAIRE, "lettre-v.html")
    body = " ".join(xp(root, "//t:text//text()"))
    assert "Lettre suivante" not in body and "Lettre précédente" not in body
    assert "Encodage réalisé" not in body
    assert not xp(root, "//t:body//t:ref")
    reasons = " ".join(str(item) for item in result.report()["left_out"])
    assert "Lettre suivante" in reasons and "Encodage réalisé" in reasons


def test_a_linked_portrait_is_no_page_break():
    """Voltaire's portrait engraving linked to its full size (F9): no <pb facs>."""
    page = ("<html><body><h1>Letter to Rameau</h1><p>Au nom de Rameau ma froide veine se "
            "réchauffe, Monsieur.</p><a href='https://example.org/1878-portrait.jpg'><img "
            "src='portrait.webp' alt='gravure, portrait de Voltaire, 1878'></a><p>Je vous "
            "embrasse.</p></body></html>")
    root, result = encode(page, "letter.html")
    assert not xp(root, "//t:pb")
    assert texts(root, "//t:body//t:p") == ["Au nom de Rameau ma froide veine se réchauffe, "
                                            "Monsieur.", "Je vous embrasse."]
    assert "picture-not-page" in result.rules


def test_a_linked_page_image_named_by_its_folio_is_still_a_page():
    """A page's image linked once, its alt naming the leaf ("f. 3r"): a page break."""
    page = ("<html><body><h1>Diary</h1><p>First page.</p><a href='scan.jpg'><img "
            "src='t.jpg' alt='Manuscript, f. 3r'></a><p>Second page.</p></body></html>")
    root, _ = encode(page, "diary.html")
    assert xp(root, "//t:body//t:pb/@facs") == ["scan.jpg"]


def test_a_place_and_date_heading_under_the_letters_heading_is_its_dateline():
    """Sévigné's letter 1287 in an XSLT edition (F8): <h4>Paris, septembre 1693.</h4> under
    the letter's <h3>; and the names all linked to the site's dictionary page."""
    page = ("<html><body><div class='lettre'><h3>Lettre de Madame de Sévigné à Madame de "
            "Guitaud.</h3><h4>Paris, septembre 1693.</h4><div><p>Je ne répondrai point, "
            "<a href='dico.html'>Madame</a>, à toute l'émotion que vous a donnée le gain "
            "d'une bataille; <a href='dico.html'>Hébert</a> me mandait qu'elles vous "
            "avaient rompu la tête, et <a href='dico.html'>Boucard</a> aussi.</p></div>"
            "</div></body></html>")
    root, result = encode(page, "sevigne.html")
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1693-09"]
    assert texts(root, "//t:opener/t:dateline/t:placeName") == ["Paris"]
    assert not xp(root, "//t:body//t:div[@type='section']")
    assert not xp(root, "//t:body//t:ref")
    assert "Hébert" in texts(root, "//t:body//t:p")[0]
    assert {"dateline-heading", "site-index-links"} <= set(result.rules)


def test_an_unsigned_closing_and_the_address_under_it_are_the_closer():
    """Mgr Rémond's office copies (Édition numérique des correspondances de Mgr Paul
    Rémond, F13): <div class="closing"> with the addressee's <div class="address"> set
    line by line without <br>, and no signature; "Nice le 19 Février 1940"."""
    page = ("<html><body><main><article class='letter'><h2>Correspondance entre Monseigneur "
            "Paul Rémond et le Père Vayssière (19 février 1940)</h2><div class='place-date'>"
            "Nice le 19 Février 1940</div><div class='salutation'>Mon révérend Père,</div>"
            "<p>Il est bien entendu que mon offre et votre acceptation constituent un accord "
            "définitif.</p><div class='closing'>Soyez assuré, mon Révérend Père, de ma "
            "reconnaissance et veuillez agréer mes sentiments religieusement dévoués.\n"
            "<div class='address'>Le REVEREND PERE VAYSSIERE\nProvincial de la Province de "
            "Toulouse\n35 rue Edmond Rostan\nMARSEILLE</div></div></article></main></body>"
            "</html>")
    root, _ = encode(page, "remond.html")
    assert texts(root, "//t:closer/t:salute")[0].startswith("Soyez assuré")
    assert len(xp(root, "//t:closer/t:seg[@type='address']/t:lb")) == 3
    assert texts(root, "//t:opener/t:dateline/t:placeName") == ["Nice"]


def test_the_days_article_after_a_place_is_no_part_of_the_place():
    """"Marseille, le 22 Janvier 1939" (Vayssière's reply, F13), "Berlin, den 3. März"."""
    root, _ = encode("Marseille, le 22 Janvier 1939\n\nExcellence,\n\nJe vous remercie de "
                     "votre lettre.\n", "lettre.txt")
    assert texts(root, "//t:dateline/t:placeName") == ["Marseille"]
    assert texts(root, "//t:dateline") == ["Marseille, le 22 Janvier 1939"]


# ------------------------------------------------------------------------------- drama

def test_abbreviated_labels_of_a_dialogue_open_turns_and_no_is_novellinus():
    """Barlandus's second dialogue (TransLatin, Huygens; scout round 17, F1): "Nov." and
    "No." for Novellinus, named in full on the cast line, beside "AN." (Pontanus): no
    turn was read at all (0/36), "No." taken for the number's sign."""
    root, result = encode("Recitatus Dialogus Loco Prologi.\n\nAnionivs Pontanvs, "
                          "Novellinus.\n\nNov. Euge mi lepidissime "
                          "Antoni Pontane. Tandem nobis redditus es?\n\nAN. Erronem egi, "
                          "huc et illuc cursitans.\n\nNo. Prudentior igitur nobis redeas "
                          "oportet.\n\nAN. Quantum hinc prudentiae collegerim nescio.\n\nNo. "
                          "Fuisti ne Venetijs?\n\nAN. Fui.\n", "dialogus.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Nov", "AN", "No", "AN", "No", "AN"]
    assert "abbreviated-labels" in result.rules


def test_no_before_a_number_is_still_the_numbers_sign():
    """"No. 5" in a list of documents is no speaker, whatever names the text prints."""
    root, _ = encode("Norton Papers.\n\nNo. 5 The letter of Norton to his brother.\n\nNo. 6 "
                     "His brother's reply.\n\nNo. 7 A note.\n", "papers.txt")
    assert not xp(root, "//t:sp")


VERSE = ["Scaenica Progymnasmata", "Elsa. Henno. Dromo.",
         "Els. Muliercularum est misera condicio hercule",
         "Atque iis magis quae sunt maritis coniuges.",
         "(20) Hoc usque sensi quae viro sum subiuga.",
         "Quaecunque nendo operamque dando, domesticis", "Curis, lucris negotiisque villicis",
         "Totum hoc meus ludit maritus et bibit.", "Hen. Faxo sciam, tantum quid uxor murmurat;",
         "Sed adorior tumultuantem feminam.", "(45) Uxor, bonum sero. Els. Et quidem sero nimis,",
         "Nil serius mihi est bono, cui labor", "Iam vix queam prae pigritudine hiscere.",
         "Hen. Heus tu Dromo. Dro. Quid est? Hen. Veni, haud clam te est meus",
         "In te animus ille amans tui et fidelior", "(50) Dro. Sis certus: isti dixeris lapidi.",
         "Quicquid tacendum est, optime tacebitur."]


def test_a_verse_dramas_speech_runs_to_the_next_label_inside_a_line_too():
    """Reuchlin's Henno in TransLatin's Word file (F2): one verse line a paragraph, labels
    at a line's start, after a verse number and after a sentence's end inside a line; a
    short line goes on with the speech."""
    root, result = encode("\n\n".join(VERSE) + "\n", "henno.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Els", "Hen", "Els", "Hen", "Dro", "Hen", "Dro"]
    first = texts(root, "//t:sp[1]/t:l")
    assert first[-1] == "Totum hoc meus ludit maritus et bibit."
    assert texts(root, "//t:sp[2]/t:l")[-1] == "(45) Uxor, bonum sero."
    assert texts(root, "//t:sp[7]/t:l")[0] == "(50) Sis certus: isti dixeris lapidi."
    assert {"verse-speech", "turn-run-in"} <= set(result.rules)


# ------------------------------------------------------------------------------- Word


def _docx(paragraphs: list[str]) -> bytes:
    """A Word package of *paragraphs*, one w:p each; " // " inside one is a soft line
    break (w:br), as the scout's mkdocx.py builds them."""
    return docx_bytes("".join("<w:p>" + "<w:r><w:br/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{part}</w:t></w:r>' for part in p.split(" // "))
        + "</w:p>" for p in paragraphs))


def test_word_soft_breaks_stay_lines_and_an_act_heading_after_one_is_a_heading(tmp_path):
    """Celtis's Ludus Dianae in TransLatin's Word file (F6): a stanza a paragraph, its
    verses parted by soft breaks (some were joined with spaces), and "ACTUS II." on the
    stanza's last soft line."""
    src = tmp_path / "ludus.docx"
    src.write_bytes(_docx([
        "Ludus Dianae",
        "Haec Maximo regi est datura Aemilio: // Arcum, pharetram, cuspidas, rete et canes "
        "// Sibi offerens venationum insignia // Victam que se dicet per egregium virum // "
        "Venationis omnis expertissimum.",
        "Dedicat hanc genio Caesar cum coniuge noctem, // O nox perpetuo carmine digna coli! "
        "// ACTUS II.",
        "SILVANUS comitatus Baccho, Faunis et Satyris regem alloquitur:"]))
    result = encode_file(src, edition=Edition())
    root = etree.fromstring(result.data)
    assert [len(xp(p, "t:lb")) for p in xp(root, "//t:body//t:p")][:2] == [4, 1]
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == ["ACTUS II."]
    assert xp(root, "//t:body//t:p[2]/text()") == ["Dedicat hanc genio Caesar cum coniuge "
                                                   "noctem,", "O nox perpetuo carmine digna coli!"]
    assert {"kept-line-breaks", "act-heading"} <= set(result.rules)


def test_an_act_heading_alone_in_a_text_file_is_a_heading():
    """"ACTUS I." alone on its line was a paragraph."""
    root, _ = encode("Ludus Dianae\n\nACTUS I.\n\nDIANA regem alloquitur:\n\nCaesar, ave, "
                     "auspicio superum qui dirigis orbem.\n", "ludus.txt")
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == ["ACTUS I."]


# ------------------------------------------------------------------------------- parentheses

def test_an_expansion_in_parentheses_opening_a_paragraph_is_no_stage_direction():
    """De septem rivis, a diplomatic transcription in Word (F3): a manuscript line a
    paragraph, one opening with the expansion "(et)"."""
    root, _ = encode("De VII Rivis Egypti\n\nQ(ua)rt(us) e(st) singul(arite)r\n\n(et) "
                     "p(ri)vati(m) ho(m)i(n)es amare.\n", "rivis.txt")
    assert not xp(root, "//t:stage")
    assert texts(root, "//t:body//t:p")[-1] == "(et) p(ri)vati(m) ho(m)i(n)es amare."


def test_a_source_citation_in_parentheses_in_a_dialogue_is_no_stage_direction():
    """Barlandus's dialogues (F3): the editor's source over each, in parentheses, its own
    closing parenthesis one too many."""
    root, result = encode(
        "Dialogus.\n\n(Étienne Daxhelet, Adrien Barlandus humaniste Belge, Humanistica "
        "Lovaniensia, 6 (Leuven: Uystpruyst, 1938), Repr. Nendeln, 1967), pp. 218-220)\n\n"
        "HEN: Saluus sis o noster Iodoce.\n\nIO: Et tu salueto Henrice.\n\nHEN: Quid rerum "
        "nunc agitur?\n\nIO: (ridens) Nihil.\n", "dialogus.txt")
    assert texts(root, "//t:stage") == ["(ridens)"]
    assert texts(root, "//t:body/t:div/t:p")[0].startswith("(Étienne Daxhelet")
    assert "parenthesis-not-stage" in result.rules


# ------------------------------------------------------------------------------- marks


def test_a_transcriptions_part_marks_are_left_out_and_its_front_is_the_title(tmp_path):
    """TransLatin's Henno in Word (F7): "/front/", the title page's lines, "/main/"; the
    Huygens Institute's pipeline marks (as Suriano's "/START LETTER/")."""
    src = tmp_path / "henno.docx"
    src.write_bytes(_docx(["/front/", "Joannis Reuchlin Phorcensis", "Scaenica Progymnasmata",
                           "Hoc est", "Ludicra praeexercitamenta", "/main/", "PROLOGUS",
                           "Novus poeta sentiens actoribus spatium deesse temporis.", "/back/"]))
    result = encode_file(src, edition=Edition())
    root = etree.fromstring(result.data)
    body = " ".join(xp(root, "//t:text//text()"))
    assert "/front/" not in body and "/main/" not in body and "/back/" not in body
    assert "Scaenica Progymnasmata" in xp(root, "//t:titleStmt/t:title[1]/text()")[0]
    assert {"part-mark", "front-title"} <= set(result.rules)


def test_a_column_of_line_numbers_is_left_out_and_a_word_cut_between_paragraphs_is_one(
        tmp_path):
    """De septem rivis in Word (F5): each page opens with the manuscript's line numbers,
    a paragraph each (5 … 30), then a manuscript line a paragraph, words cut by hyphens."""
    src = tmp_path / "rivis.docx"
    src.write_bytes(_docx(["De VII Rivis Egypti", "f. 76v", "5", "10", "15", "20",
                           "illicitis multi s(unt) grad(us) et differ(en)te.",
                           "ta(m) inportune querim(us). q(uo)d timeo neforte pares illi-",
                           "cita desidera(n)t. adhu(n)c (etiam) rivu(m) p(er)tinet."]))
    result = encode_file(src, edition=Edition())
    root = etree.fromstring(result.data)
    body = texts(root, "//t:body//t:p")
    assert not any(p.strip().isdigit() for p in body)
    assert any("illicita desidera(n)t." in p for p in body)
    assert {"number-column", "word-rejoined"} <= set(result.rules)

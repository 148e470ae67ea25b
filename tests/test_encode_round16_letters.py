"""Petitions and court records of colonial Spanish America and their editions' apparatus
(issue 8, round 16: F3 addresses and subscriptions, F4 dates in old spellings and in
words, F7 expansions in italics, F8 the edition's source block). The examples are cut
from J. Melo's documentary appendix of petitions for pardon (New Granada and Panama,
1761-1783, AGNC, AGI, AHA), a Word thesis converted to Markdown by Pandoc."""
from __future__ import annotations

from teiquery import encode, texts, xp

from teikit.readers.dates import find_date


def _created(root) -> str:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")[0]


def test_a_petitions_address_on_its_own_line_is_the_salute():
    """AHA, Criminal, B. 41: the defensor de menores' petition, its address on a line of
    its own with no punctuation, its dateline run on after the last sentence (the month
    in the old spelling "Nobiembre")."""
    root, _ = encode("> S*eñor* Alcalde Hordinario\n>\n> Don Manuel Antonio de Toro Cataño, "
                     "defensor de menores. Ante Vmd. paresco segun derecho y digo: que se "
                     "ponga en livertad dicho negro. El Defensor de menores pide justicia. "
                     "Antioquia, Nobiembre 4 de 1761\n>\n> Manuel Antonio de Toro Cataño.\n",
                     "peticion.md")
    assert texts(root, "//t:opener/t:salute") == ["Señor Alcalde Hordinario"]
    assert not xp(root, "//t:head")
    assert _created(root) == "1761-11-04"
    assert texts(root, "//t:closer/t:signed") == ["Manuel Antonio de Toro Cataño."]


def test_an_address_run_into_the_first_sentence_and_several_signatures():
    """AGI, Panamá 358: the soldiers' representación of 1766, its address run into the
    first sentence, dated in words with the month first, signed by three."""
    root, _ = encode("Representación\n\nSeñor Governador y Comandante General. Los soldados "
                     "del regimiento de la Reyna representan a V. S. lo siguiente.\n\nQue asi "
                     "es de Justicia. Panama y Septiembre Veinteycinco de mil Setecientos "
                     "sesenta y seis.\n\nEn nombre del Regimiento de la Reyna firmamos los "
                     "sujetos nombrados.\n\nLeopoldo Edren\n\nAntonio Belmonte\n\n"
                     "Joachim Figueroa\n", "representacion.txt")
    assert texts(root, "//t:opener/t:salute") == ["Señor Governador y Comandante General."]
    assert texts(root, "//t:body//t:p")[0].startswith("Los soldados del regimiento")
    assert texts(root, "//t:closer/t:signed") == ["Leopoldo Edren", "Antonio Belmonte",
                                                  "Joachim Figueroa"]
    assert _created(root) == "1766-09-25"
    decl = " ".join(texts(root, "//t:editorialDecl//t:p"))
    assert "petition" in decl and "Several signatures" in decl


def test_muy_poderoso_senor_and_the_editors_identifications_of_the_signers():
    """AGNC, juicios criminales 148: a withdrawal addressed MPS (Muy Poderoso Señor) to
    the Audiencia, signed by the petitioner between his lawyer and his procurator, each
    with the editor's identification in brackets."""
    root, _ = encode("> En virtud de transacion se aparta de la querella.\n>\n> MPS\n>\n"
                     "> Don Agustín Josef Sanches, pobre de solmnidad, paresco ante Vuestra "
                     "Alteza y digo: que me aparto de la querella.\n>\n> A Vuestra Alteza "
                     "reverentemente suplico se digne ádmitir mi dessistencia, etc.\n>\n"
                     "> Don Francisco Gonzales Manrique \\[abogado asesor letrado\\]\n>\n"
                     "> Agustín Josef Sanches\n>\n> Luis de Ovalle \\[Procurador de número de "
                     "la Real Audiencia\\]\n", "apartamiento.md")
    assert texts(root, "//t:opener/t:salute") == ["MPS"]
    signed = texts(root, "//t:closer/t:signed")
    assert len(signed) == 3 and signed[1] == "Agustín Josef Sanches"


def test_signers_listed_after_firmado():
    """A register's copy of a petition: the signers after "Firmado:" on one line."""
    root, _ = encode("Señor Gobernador\n\nLos vecinos de esta villa piden que se les conceda "
                     "licencia para abrir una escuela de primeras letras en la plaza.\n\n"
                     "Firmado: Pedro Gómez, Juan de la Cruz y Luis Ruiz\n", "copia.txt")
    signed = texts(root, "//t:closer/t:signed")
    assert len(signed) == 3 and signed[0].startswith("Firmado: Pedro Gómez")
    assert "Luis Ruiz" in signed[2]


def test_a_letters_addressee_over_its_salutation_stays_an_address():
    """A Spanish letter: the addressee's line ("Señor Don …") over "Muy señor mío:" is no
    petition's address; the salutation is the salutation."""
    root, _ = encode("Señor Don Juan Pérez\n\nMuy señor mío:\n\nRecibí la de usted del 3 del "
                     "corriente y quedo enterado de todo lo que me dice en ella.\n\n"
                     "Su afectísimo servidor\n\nPedro Gómez\n", "carta.txt")
    assert texts(root, "//t:opener/t:salute") == ["Muy señor mío:"]


def test_the_editions_source_block_goes_to_the_header():
    """Anexo 18 (AGNC, juicios criminales 64): "Fuente:" (wrapped over two lines),
    "Lugar:", "Fecha:" between the heading and the transcription."""
    root, result = encode("Anexo 18. Petición de indulto de Eugenio Poveda (1783)\n\n"
                          "Fuente: AGNC, sección colonia, juicios criminales, tomo 64, doc. 18, "
                          "f.\n369r-v.\n\nLugar: Socorro\n\nFecha: 8 de marzo de 1783\n\n"
                          "> Señor Alcalde Ordinario mas antiguo\n>\n> Eugenio Pobeda vecino de "
                          "esta villa, preso en esta Real Carcel, digo: que se me declare "
                          "incluso en el indulto.\n>\n> Eugenio Pobeda\n", "anexo18.md")
    assert xp(root, "//t:sourceDesc/t:msDesc/t:msIdentifier/t:repository/text()") == ["AGNC"]
    assert xp(root, "//t:msIdentifier/t:idno/text()") == [
        "sección colonia, juicios criminales, tomo 64, doc. 18, f. 369r-v."]
    assert xp(root, "//t:creation/t:placeName/text()") == ["Socorro"]
    assert _created(root) == "1783-03-08"
    body = " ".join(texts(root, "//t:body"))
    assert "Fuente" not in body and "Lugar" not in body and "Fecha" not in body
    assert {x["code"] for x in result.report()["left_out"]} >= {"source-block"}
    assert texts(root, "//t:opener/t:salute") == ["Señor Alcalde Ordinario mas antiguo"]


def test_an_english_source_block_under_the_text_and_a_memos_date_field_kept():
    """An English edition's "Source:" / "Archive:" under a letter; a memo's "Date:" and
    "Place:" lines with no archive or source key stay the text's."""
    root, _ = encode("# A letter\n\nDear Sir,\n\nI write to tell you that the ship has come "
                     "in and all is well with the cargo and the crew.\n\nYours truly,\n\n"
                     "John Smith\n\nArchive: The National Archives\n\nShelfmark: CO 5/1234\n",
                     "letter.md")
    assert xp(root, "//t:msIdentifier/t:repository/text()") == ["The National Archives"]
    assert xp(root, "//t:msIdentifier/t:idno/text()") == ["CO 5/1234"]
    assert "Archive" not in " ".join(texts(root, "//t:body"))
    memo, _ = encode("MEMORANDUM\n\nDate: 3 May 1962\n\nPlace: Geneva\n\nThe meeting agreed "
                     "on the text of the communiqué after a long discussion of the draft.\n",
                     "memo.txt")
    assert "Date: 3 May 1962" in " ".join(texts(memo, "//t:body"))
    assert not xp(memo, "//t:msDesc")


def test_italics_inside_words_are_expansions_where_the_edition_marks_them_so():
    """AGI, Panamá 358, as the thesis prints it: the letters the editor supplied are in
    italics inside the words (V*uestra* S*eñoría*, S*u* M*ajestad*)."""
    root, _ = encode("Ocurren a V*uestra* S*eñoría* solicitando el Prest. No se nos oculta lo "
                     "que V*uestra* S*eñoría* se há esforzado en servicio de S*u* "
                     "M*ajestad* C*atólica*, y *de* su Real piedad.\n", "panama.md")
    assert xp(root, "//t:expan[1]/text()")[0] == "V"
    assert xp(root, "//t:expan/t:ex/text()")[:2] == ["uestra", "eñoría"]
    assert len(xp(root, "//t:expan")) == 7
    assert xp(root, "//t:hi/text()") == ["de"]          # a whole word: emphasis as printed
    assert "Vuestra Señoría" in " ".join(texts(root, "//t:p"))


def test_one_or_two_italic_syllables_stay_emphasis():
    """AGNC, juicios criminales 64: two words with italic letters only (*d*entro,
    acim*ient*o) are not enough to read the italics as the edition's expansions."""
    root, _ = encode("Siendo pues que oy estamos *d*entro del término, en acim*ient*o de "
                     "gracias por el nacimiento del Principe.\n", "poveda.md")
    assert not xp(root, "//t:expan")
    assert xp(root, "//t:hi/text()") == ["d", "ient"]


def test_dates_of_notarial_hands():
    """The dates of the autos in the same appendix (AHM, AHA) and the same forms in French,
    Italian and Portuguese acts."""
    cases = {
        "En la ciudad de Antioquia á siete de Noviembre de mil setesientos sesenta y un "
        "años": "1761-11-07",
        "En la ciudad de Antioquia, á treinta y uno de octubre de mill setecientos sesenta y "
        "un años": "1761-10-31",
        "Fecha: 4 y 7 de noviembre de 1761": "1761-11-04",
        "Lima, Marzo diez y seis de mil seiscientos y dos": "1602-03-16",
        "el dia veinte de Hebrero del año de mil setecientos": "1700-02-20",
        "fue otorgada en el año de mil setecientos sesenta y seis": "1766",
        "fait l’an mil sept cent quatre-vingt-neuf": "1789",
        "aos vinte e cinco dias do mes de Setembro de mil setecentos e sessenta e seis":
            "1766-09-25",
        "Roma, li ventidue Otubre 1761": "1761-10-22",
    }
    for text, when in cases.items():
        found = find_date(text)
        assert found is not None and found.when == when, text
    assert find_date("May one of the year 1800 be") is None


def test_the_editorial_declaration_names_the_dates_forms():
    root, _ = encode("Que asi es de Justicia. Panama y Septiembre Veinteycinco de mil "
                     "Setecientos sesenta y seis.\n\nLeopoldo Edren\n", "fecha.txt")
    assert _created(root) == "1766-09-25"
    assert any("colonial" in p for p in texts(root, "//t:editorialDecl//t:p"))


def test_a_dated_and_signed_petition_and_the_auto_under_it_are_two_acts():
    """AHA, Criminal, B. 41: the petition, dated at its last sentence's end and signed,
    then the alcalde's auto on the next page, signed by him and the notary."""
    root, _ = encode("Señor Alcalde Hordinario\n\nDon Manuel Antonio de Toro Cataño, defensor "
                     "de menores, digo: que se ponga en livertad dicho negro. El Defensor de "
                     "menores pide justicia. Antioquia, Nobiembre 4 de 1761\n\nManuel Antonio "
                     "de Toro Cataño.\n\n[Page 34]\n\nEn la ciudad de Antioquia á siete de "
                     "Noviembre de mil setesientos sesenta y un años, el señor Don Alonso "
                     "Joseph del Campillo declara por perdonado al dicho negro Antonio.\n\n"
                     "Alonso Joseph del Campillo\n\nJuan Antonio de Orellana. Escribano "
                     "público.\n", "expediente.txt")
    acts = xp(root, "//t:div[@type='document']/t:div")
    assert len(acts) == 2
    assert texts(acts[0], "t:closer/t:signed") == ["Manuel Antonio de Toro Cataño."]
    assert texts(acts[1], "t:closer/t:signed") == ["Alonso Joseph del Campillo",
                                                   "Juan Antonio de Orellana. Escribano público."]
    assert _created(root) == "1761-11-04"

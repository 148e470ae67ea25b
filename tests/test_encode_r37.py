"""Round 37 of the scouting (/work/scout/REPORT37.md): letters and acts in Spanish, French
and Latin. The inputs are written for these tests in the forms of the scouts' documents
(Epistolae letter pages, a Hugo export of raw HTML in Markdown; AGI and Colombian archive
transcriptions of royal cédulas and notarial acts; a Jekyll letter edition with the
postscript in its front matter; a course page with a fenced line-by-line transcription;
an Obsidian diary edition): the words are new, the forms theirs."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
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


WORDS = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]),
                 min_size=1, max_size=4).map(" ".join)


@settings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=4))
def test_headed_html_runs_keep_every_word_in_source_order(runs):
    """Any run of "<h2>words</h2>words" lines, no blank line: every heading's and every
    tail's words in the master's body, in the order of the source."""
    from teikit.formats.html import fragment_segments
    source = "\n".join(f"<h2>{head}</h2>{tail}" for head, tail in runs)
    segments = fragment_segments(source)
    assert segments is not None
    assert [text for _, text, _ in segments] == [w for pair in runs for w in pair]
    assert [line for kind, _, line in segments if kind == "h2"] == list(range(1, len(runs) + 1))
    root, _ = encode("---\ntitle: A record\n---\n" + source + "\n", "record.md")
    body = " ".join(" ".join(root.find(".//{*}body").itertext()).split())
    assert body.endswith(" ".join(w for pair in runs for w in pair))


# ------------------------------ a record's created/modified stamps are not its date (F2)

RECORD = ("---\ntitle: \"A letter from Anselm, archbishop of Canterbury (spring 1104)\"\n"
          "ltr_date: \"spring 1104\"\ncreated: \"2015-06-01\"\nmodified: \"2022-01-09\"\n---\n"
          "To his lady Matilda, greetings.\n")


def test_created_beside_modified_is_the_records_stamp_and_the_date_field_wins():
    root, _ = encode(RECORD, "letter.md")
    dates = xp(root, "//t:profileDesc/t:creation/t:date")
    assert [(d.get("when"), d.text) for d in dates] == [("1104", "spring 1104")]


def test_created_alone_is_still_the_documents_date():
    """Without a modified/updated stamp beside it, "created:" names the document's date."""
    root, _ = encode("---\ntitle: A note\ncreated: 1862-03-04\n---\nSent the horses.\n",
                     "note.md")
    assert [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")] == [
        "1862-03-04"]


def test_a_three_figure_year_with_a_season_is_dated_by_its_year():
    root, _ = encode(RECORD.replace("1104", "997").replace("2015-06-01", "2014-03-04"),
                     "letter.md")
    dates = xp(root, "//t:profileDesc/t:creation/t:date")
    assert [(d.get("when"), d.text) for d in dates] == [("0997", "spring 997")]


# -------------------- a note list under a notes heading with sections after it (F3)

HEADED_NOTES = ("# A letter of Fulbert\n\n"
                "He asks whether the abbot may hold the church.(1) The monks refuse. They "
                "appeal to the king.(2)\n\n"
                "## Scholarly notes\n\n"
                "(1) The abbot of Saint-Père had been elected in 1012.\n"
                "(2) Robert the Pious, king of the Franks.\n\n"
                "## Printed source\n\nPL 141 ep.25.\n")


def test_a_numbered_list_under_a_notes_heading_ends_at_the_next_heading():
    root, _ = encode(HEADED_NOTES, "fulbert.md")
    notes = xp(root, "//t:body//t:note[@place='foot']")
    assert [(n.get("n"), "".join(n.itertext())) for n in notes] == [
        ("1", "The abbot of Saint-Père had been elected in 1012."),
        ("2", "Robert the Pious, king of the Franks.")]
    assert xp(root, "string(//t:note[@n='1']/preceding-sibling::text()[1])").endswith(
        "may hold the church.")
    assert texts(root, "//t:body//t:div[t:head='Printed source']/t:p") == ["PL 141 ep.25."]
    assert "(1)" not in "".join(root.find(".//{*}body").itertext())


def test_one_paragraph_of_numbered_notes_is_cut_at_each_number():
    root, _ = encode(HEADED_NOTES.replace(
        "1012.\n(2)", "1012. (2)"), "fulbert.md")
    assert texts(root, "//t:body//t:note[@place='foot']") == [
        "The abbot of Saint-Père had been elected in 1012.",
        "Robert the Pious, king of the Franks."]


def test_without_markers_in_the_text_the_headed_list_stays_a_list():
    root, _ = encode(HEADED_NOTES.replace(".(1)", ".").replace(".(2)", "."), "fulbert.md")
    assert xp(root, "//t:body//t:note[@place='foot']") == []
    assert texts(root, "//t:body//t:item") == [
        "(1) The abbot of Saint-Père had been elected in 1012.",
        "(2) Robert the Pious, king of the Franks."]


# --------------------------------- royal and notarial eschatocols, signature runs (F4)

CEDULA = ("# Real cédula (1712)\n\n> El Rey\n>\n"
          "> Mi Gobernador y Capitán General de la Provincia de Venezuela, he resuelto que se "
          "guarde lo dispuesto, que así es mi voluntad. Fecha en Buen Retiro a 4 de "
          "oct*ubr*e de 1712. Yo el Rey. Por mandado del Rey n*uest*ro señor, Don Bernardo "
          "Tinajero de la Escalera.\n")


def test_a_cedula_run_on_into_yo_el_rey_ends_in_a_dated_closer():
    root, _ = encode(CEDULA, "cedula.md")
    closer = xp(root, "//t:body//t:closer")[0]
    assert texts(closer, "t:dateline") == ["Fecha en Buen Retiro a 4 de octubre de 1712."]
    assert [d.get("when") for d in xp(closer, "t:dateline/t:date")] == ["1712-10-04"]
    assert texts(closer, "t:signed") == [
        "Yo el Rey.", "Por mandado del Rey nuestro señor, Don Bernardo Tinajero de la "
        "Escalera."]
    assert texts(root, "//t:body//t:p")[-1].endswith("que así es mi voluntad.")


def test_without_the_sovereigns_subscription_the_paragraph_stays_whole():
    root, _ = encode(CEDULA.replace(" Yo el Rey.", ""), "cedula.md")
    assert xp(root, "//t:body//t:closer/t:signed") == []


ACTA = ("# Obligación (1768)\n\n"
        "> En la villa de Medellín a dos de marzo de mil setecientos sesenta y ocho años, "
        "los otorgantes se obligaron a pagar la dicha cantidad, y lo firmaron de que doy "
        "fe.\n>\n"
        "> Don Ignacio de Uribe\n>\n> Doctor Don José Antonio Restrepo, cura\n>\n"
        "> Fray Manuel Gómez, Prior de San Agustín\n>\n"
        "> Ante mí Don Tomás de Lotero, Escribano público.\n")


def test_names_under_doy_fe_are_the_acts_signatures():
    root, _ = encode(ACTA, "acta.md")
    assert texts(root, "//t:body//t:closer/t:signed") == [
        "Don Ignacio de Uribe", "Doctor Don José Antonio Restrepo, cura",
        "Fray Manuel Gómez, Prior de San Agustín",
        "Ante mí Don Tomás de Lotero, Escribano público."]


def test_names_under_a_paragraph_with_no_attestation_stay_paragraphs():
    root, _ = encode(ACTA.replace(", y lo firmaron de que doy fe.", "."), "acta.md")
    assert xp(root, "//t:body//t:closer") == []
    assert "Don Ignacio de Uribe" in texts(root, "//t:body//t:p")


# ------------ front-matter P.S. read inline; closings and salutations by language (F6)

def test_a_front_matter_postscript_is_read_with_the_bodys_inline_reader():
    source = ("---\nauthor: Louis Guillier\npost_scriptum: P.S. Ci-joint une note de "
              "M<sup>me</sup> Kunst et le *Journal*.\n---\n\nMonsieur,\n\n"
              "Demain je vous écrirai plus longuement.\n")
    root, _ = encode(source, "lettre.md")
    ps = xp(root, "//t:body//t:postscript/t:p")[0]
    assert "".join(ps.itertext()) == "P.S. Ci-joint une note de Mme Kunst et le Journal."
    assert [(h.get("rend"), h.text) for h in xp(ps, "t:hi")] == [("sup", "me"),
                                                                    ("italic", "Journal")]


def test_romance_closings_are_closings():
    from teikit.readers.letter_closers import is_closing
    for closing in ("Je vous prie d'agréer, Monsieur, mes salutations distinguées.",
                    "Bien affectueusement,", "Con affetto,", "La saluto cordialmente.",
                    "Quedo de usted atento y seguro servidor,", "Afectuosamente,",
                    "Besa la mano de V. su servidor", "Com os melhores cumprimentos,",
                    "Dios guarde a usted muchos años.", "Valete in Domino."):
        assert is_closing(closing), closing
    for sentence in ("Il fit un abrazo.", "Con la presente le scrivo per chiederle una "
                     "cosa che riguarda la nostra famiglia.", "Reciba el dinero mañana."):
        assert not is_closing(sentence), sentence


def test_a_medieval_latin_address_ending_in_its_greeting_is_the_salutation():
    from teikit.readers.letterwords import latin_salutation
    assert latin_salutation("R. humilis filius, servus, amicus, sublimi matri domine, amice "
                            "sue A., cum universo conventu nostro, salutationem Gabrielis "
                            "ad Mariam.")
    assert latin_salutation("Adelaidi matri, imperatrici semper augustae, Emma Francorum "
                            "regina salutem.")
    assert not latin_salutation("Conquerimur de preposito, qui pecuniam abstulit, et "
                                "salutem eius non curat. Rogamus ut subvenias.")


# ------------------------- a wrapped "Nuestro Señor:" goes on with its sentence (F7)

def test_a_title_with_a_colon_that_continues_the_line_above_is_no_new_block():
    source = ("En la villa de Medellín, el señor Don Pedro de Zelaya, Alcalde ordinario por el "
              "Rey\nNuestro Señor: Haviendo visto la petición, la mandó guardar.\n")
    root, _ = encode(source, "auto.txt")
    paragraphs = xp(root, "//t:body//t:p")
    assert len(paragraphs) == 1
    assert " ".join(" ".join(t.split()) for t in paragraphs[0].itertext()) == (
        "En la villa de Medellín, el señor Don Pedro de Zelaya, Alcalde ordinario por el Rey "
        "Nuestro Señor: Haviendo visto la petición, la mandó guardar.")
    assert xp(root, "//t:body//t:sp") == []


# ------------------------------ Markdown's comment idiom typed inside a line (F8)

def test_the_comment_idiom_inside_a_line_is_a_note_not_a_supplied_bracket():
    source = ("# Jeudi 6 mars 1873\n\nJe crois que je l'aime, [//]: # (Quelle sottise ! "
              "*Je le savais déjà.*) mais je n'en dirai rien.\n")
    root, _ = encode(source, "journal.md")
    assert xp(root, "//t:body//t:supplied") == []
    notes = xp(root, "//t:body//t:p/t:note")
    assert ["".join(n.itertext()) for n in notes] == ["Quelle sottise ! Je le savais déjà."]
    assert texts(root, "//t:body//t:p/t:note/t:hi[@rend='italic']") == ["Je le savais déjà."]
    body = "".join(root.find(".//{*}body").itertext())
    assert "//" not in body and ": #" not in body
    assert "je l'aime," in body and "mais je n'en dirai rien." in body


# ------------------------------------- a banner line over the # heading (F9)

def test_a_short_line_over_the_first_level_heading_is_a_series_note_not_the_title():
    source = "Atelier de paléographie\n\n# Les lettres de Madame de Grignan\n\nIntroduction.\n"
    root, _ = encode(source, "cours.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Les lettres de Madame de Grignan"]
    assert texts(root, "//t:body/t:div/t:head") == ["Les lettres de Madame de Grignan"]
    assert texts(root, "//t:body/t:div/t:note[@type='series']") == ["Atelier de paléographie"]


def test_a_short_line_over_a_paragraph_is_still_the_heading():
    root, _ = encode("Atelier de paléographie\n\nIntroduction au cours.\n", "cours.md")
    assert texts(root, "//t:body/t:div/t:head") == ["Atelier de paléographie"]


# ------------------------------- a fenced line-by-line transcription (F5)

LINEATED = ("# Exercice\n\n```txt\na lyon ce 3e mars 1690\nie receus hier vostre\n"
            "lettre et vous en suis\nbien obligee monsieur\nie vous prie de croire\n"
            "que ie suis tousiours\nvostre servante\n```\n")


def test_a_fenced_transcription_of_short_lines_keeps_its_lines():
    root, _ = encode(LINEATED, "exercice.md")
    p = xp(root, "//t:body//t:p[t:lb]")[0]
    lines = [p.text or ""] + [lb.tail or "" for lb in xp(p, "t:lb")]
    assert lines == ["a lyon ce 3e mars 1690", "ie receus hier vostre",
                     "lettre et vous en suis", "bien obligee monsieur",
                     "ie vous prie de croire", "que ie suis tousiours", "vostre servante"]


def test_a_fenced_block_of_prose_wrapped_at_seventy_columns_is_joined():
    prose = ("# Note\n\n```\n" + "\n".join(
        ["The committee met on the third of March and heard the report of the treasurer,"] * 6)
        + "\n```\n")
    root, _ = encode(prose, "note.md")
    assert xp(root, "//t:body//t:lb") == []


def test_an_ocr_page_in_a_fence_with_prose_wrapped_at_55_columns_is_joined():
    """Short lines (a test chart's, a heading's) among prose lines cut at 55 columns: the
    middle width is short, but the long lines are the page's prose, not a lineation."""
    page = ("## Transcription\n\n```\nTEST CHART\nNO. 2\nMINUTES\n\nJanuary 3, 1885\n\n"
            "Regular Meeting of the Board of Education held at the\n"
            "High School on Thursday, January 3, 1885, at Six o'clock\n"
            "P.M., pursuant to notice.\n\nPresent\nMr. Head\nMr. Ketcham\n\n"
            "The Minutes of the regular meeting held on December 6,\n"
            "1884, were read by the Clerk and objections, being noted,\n"
            "were ordered adopted as read.\n```\n")
    root, _ = encode(page, "minutes.md")
    assert not any("Regular Meeting" in "".join(p.itertext()) for p in
                   xp(root, "//t:body//t:p[t:lb]"))

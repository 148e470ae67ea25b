"""Scout round 16 (issue 8): folio markers in brackets, the editor's omission and illegible
signs, an archive site's OCR furniture (a library's stamp on every page, lone page numbers,
running heads glued to the text) and the page numbers of a page-by-page transcription. One
small example each, from the round's real sources (scout/corpus16)."""
from __future__ import annotations

from teiquery import encode, texts, xp


def _body_text(root) -> str:
    return " ".join("".join(xp(root, "//t:text")[0].itertext()).split())


# ----------------------------------------------------------------------------- folios

def test_escaped_folio_markers_are_page_breaks_in_markdown():
    """J. Melo's thesis appendix, Pandoc Markdown (indulto-poveda-peticion-socorro-es): the
    folio opening the petition and one in mid-sentence, across a line end."""
    root, _ = encode("> \\[f. 369r\\] Señor Alcalde Ordinario mas antiguo\n>\n"
                     "> Eugenio Pobeda vecino de esta villa, digo: que no lo hago haora "
                     "porque no estan en mi poder y \\[f.\n> 369v\\] solo si esta mi "
                     "precentacion.\n>\n> Eugenio Pobeda\n", "poveda.md")
    assert xp(root, "//t:text//t:pb/@n") == ["369r", "369v"]
    assert not xp(root, "//t:supplied")
    assert "f. 369" not in _body_text(root)
    p = xp(root, "//t:p[t:pb]")[0]
    assert xp(p, "t:pb/@break") == []          # between words: no word goes on over it
    assert "poder y" in "".join(p.itertext()) and "solo si esta" in "".join(p.itertext())


def test_folio_marker_forms_in_plain_text():
    """The same edition's forms unescaped, and the other folio words of Spanish, Portuguese
    and English editions ([fol. 12v], [fº 5], [fl. 3v]); a marker inside a word keeps the
    word whole with break="no"."""
    root, _ = encode("Auto de obedecimiento\n\n"
                     "[f. 54v] En la ciudad de Antioquia, á treinta y uno de octubre, el señor "
                     "Governador [fol. 55r] y su Provincia por el Rey Nuestro Señor, remitiendose "
                     "á los [fº 56] Ayuntamientos de todas [fl. 57v] para su formal inteli"
                     "[f. 58r]gencia.\n")
    assert xp(root, "//t:text//t:pb/@n") == ["54v", "55r", "56", "57v", "58r"]
    assert xp(root, "//t:pb[@n='58r']/@break") == ["no"]
    assert not xp(root, "//t:supplied")


def test_a_folio_range_is_no_page_break():
    """A citation of folios ([ff. 54v-56r]) breaks no page; supplied letters stay supplied."""
    # (in a sentence: a "Fuente:" line over the text is the edition's source block, which
    # goes to the header, round 16 F8)
    root, _ = encode("Véase AHM, Reales Cédulas [ff. 54v-56r].\n\n"
                     "Y por el resp[e]to que se debe.\n")
    assert not xp(root, "//t:pb")
    assert texts(root, "//t:supplied") == ["ff. 54v-56r", "e"]


# ----------------------------------------------------------------------------- gaps

def test_omission_and_illegible_signs_are_gaps():
    """indulto-medellin-auto-obedecimiento-es: Pandoc's \\[\\...\\] alone in a paragraph and
    \\[??\\] for a word the editor could not read."""
    root, _ = encode("> Orellana\n>\n> \\[\\...\\]\n>\n> Fue obedecida en que mandaron sus "
                     "\\[??\\] que para que llegue a noticia de todos se publique.\n", "auto.md")
    assert xp(root, "//t:gap/@reason") == ["omitted", "illegible"]
    assert not xp(root, "//t:supplied")
    assert "..." not in _body_text(root) and "??" not in _body_text(root)


def test_gap_signs_in_their_other_forms():
    """[…], [. . .], [?] opening a paragraph, and the illegible word in Portuguese and as a
    plural in Spanish."""
    root, _ = encode("Texto.\n\nDijo [. . .] y luego […] y volvió.\n\n[?] que llegue, "
                     "e o escrivão [ilegível] e [palabras ilegibles] al fin.\n")
    assert xp(root, "//t:gap/@reason") == ["omitted", "omitted", "illegible", "illegible",
                                           "illegible"]
    assert not xp(root, "//t:supplied") and not xp(root, "//t:unclear")


def test_a_question_mark_after_a_word_still_queries_it():
    root, _ = encode("Texto.\n\nEl alcalde Orellana [?] firmó.\n")
    assert texts(root, "//t:unclear") == ["Orellana"]
    assert not xp(root, "//t:gap")


# ----------------------------------------------------------------------------- OCR furniture

STAMP = "© Biblioteca Nacional de España"


def test_a_library_stamp_on_every_page_is_left_out():
    """bdh-vidas-espanoles-celebres-prologo-ocr-es (BNE, Biblioteca Digital Hispánica): the
    stamp at every page's foot; a page number alone after it, the page going on in lower
    case under its running head, is a page break."""
    page = ("no confundan la ferocidad con el heroísmo, y que en su carácter y sus costumbres "
            "presenta un espejo donde deben mirarse los militares")
    text = (f"PRÓLOGO.\n\nLas vidas de los hombres célebres son de todos los géneros de "
            f"historia el mas agradable.\n\n{STAMP}\n\n\nIII\n\nvértigo que los devora á ellos "
            f"mismos, {page}.\n\n{STAMP}\n\n\nIV\n\nPnÓLOGO.\n\nde peligros y de victorias, "
            f"{page}.\n\n{STAMP}\n")
    root, result = encode(text, "vidas.txt")
    assert STAMP not in _body_text(root)
    assert xp(root, "//t:text//t:pb/@n") == ["III", "IV"]
    assert [item.text for item in result.left_out] == [STAMP] * 3


def test_a_stamp_twice_or_inside_the_text_stays():
    root, _ = encode(f"Notes.\n\n{STAMP}\n\nThe text.\n\n{STAMP}\n\nMore text.\n")
    assert _body_text(root).count(STAMP) == 2


def test_a_running_head_glued_to_the_pages_first_words():
    """bdh-quintana-cartas-lord-holland-ocr-es: the page number alone, then the book's running
    head, on its own line on one page and glued by OCR to the first words of the next."""
    head = "OBRAS COMPLETAS DE DON MANUEL JOSÉ QUINTANA."
    root, result = encode(
        "PARTE\n\nTERCERA.\n\nCARTAS A. LORD IIOLLAND\n\nPRÓLOGO.\n\nEstas cartas se "
        "escribieron poco después de la catástrofe política.\n\n\nÜ32\n\n"
        f"{head}\n\nLa cuestión ventilada por los políticos es otra.\n\n\n334\n\n"
        f"{head} creer, siguiéramos siendo para ellos un objeto de lástima.\n",
        "quintana.txt")
    assert head not in _body_text(root)
    assert "creer, siguiéramos siendo" in _body_text(root)
    assert xp(root, "//t:text//t:pb/@n") == ["334"]
    assert "Ü32" in _body_text(root)                 # garbled by OCR: kept as printed
    assert [item.text for item in result.left_out] == [head] * 2
    assert texts(root, "//t:body//t:head")[0].startswith("PARTE TERCERA. CARTAS A. LORD")
    assert "CARTAS A. LORD IIOLLAND" in texts(root, "//t:titleStmt/t:title")[0]


def test_ocr_specks_over_a_part_title_are_left_out():
    root, result = encode("/-\n\nPARTE\n\nTERCERA.\n\nCARTAS A. LORD IIOLLAND\n\n"
                          "Estas cartas se escribieron poco después.\n", "part.txt")
    assert texts(root, "//t:body//t:head") == ["PARTE TERCERA. CARTAS A. LORD IIOLLAND"]
    assert [item.text for item in result.left_out] == ["/-"]


# ----------------------------------------------------------------------------- lone numbers

LINES = ("Al NO., dominando el Tormes, levántase el castillo - palacio \n"
         "de los Duques de Alba, antiguos señores de Val de Corneja, hoy \n"
         "trocado en cementerio. Es un cuadrilátero, de 35 por 39 metros proxi-\n"
         "mamente, cercado de altas murallas, cubos á las esquinas y gran torre \n")


def test_lone_page_numbers_of_a_page_by_page_transcription():
    """cme-avila-barco-fortificaciones-es (Catálogo Monumental de España, transcribed page by
    page): page numbers between blank lines, two in a row, the paragraph cut in
    mid-sentence going on after them."""
    root, _ = encode(f"El Barco de Avila. \nFortificaciones. \n552. \n{LINES}"
                     "tes cortos de planta oval, arco escarzanos con molduras cóncavas y \n\n\n"
                     f"233 \n\n\n234 \n\n\npretil calado formando círculos. \n{LINES}"
                     "de gra-\n\n\n235 \n\n\nnito de la iglesia.\n", "cme.txt")
    assert xp(root, "//t:text//t:pb/@n") == ["233", "234", "235"]
    assert not [t for t in texts(root, "//t:p") if t.strip() in ("233", "234", "235")]
    p = xp(root, "//t:p[t:pb/@n='233']")[0]
    assert "pretil calado" in "".join(p.itertext())


def test_numbered_sections_alone_are_no_pages():
    """Numbers alone over sections that start a sentence each are the sections' own."""
    para = "The garrison held the walls for a month and the town was saved. " * 5
    root, _ = encode(f"Notes\n\n1\n\n{para}\n\n2\n\n{para}\n\n3\n\n{para}\n")
    assert not xp(root, "//t:pb")

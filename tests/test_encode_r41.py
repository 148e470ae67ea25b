"""Round 41: transcription conventions of other scholarly traditions (REPORT41). The inputs
are written for these tests in the forms of the scouts' documents (corpus41: Latin Library
plain texts, Global Medieval Sourcebook Markdown pages, a Markdown tutorial quoting Attic
inscriptions, a transcription key); the Latin and Greek lines are short quotations of
public-domain texts (CIL IV graffiti, the Lyon tablet, Res Gestae, Commodianus, IG II/III³
1, 319, d'Aubigné's Le Printemps VI)."""
from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

SETTINGS = settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "30")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
LITERAL_MARKS = re.compile("[\ufdd0-\ufdef\U0010fffe\U0010ffff]")


def _xml(root) -> str:
    from lxml import etree
    return etree.tostring(root, encoding="unicode")


# ---------------------------------------------------------------- F1: a site's footer

FOOTER = """Inscriptiones

 INSCRIPTIONES PARIETARIAE

77: Myrtile, habias propitium Caesare.

309: calos Paris isse, Septentrio.

\t The Miscellany
\t The Latin Library
\t The Classics Page
"""


def test_a_sites_footer_of_links_is_navigation_not_a_signature():
    root, result = encode(FOOTER, "inscriptions.txt")
    assert not xp(root, "//t:closer") and not xp(root, "//t:signed")
    assert texts(root, "//t:body//t:p")[-1] == "309: calos Paris isse, Septentrio."
    assert [(item.text, item.code) for item in result.left_out] == [
        ("The Miscellany / The Latin Library / The Classics Page", "site-chrome")]


def test_a_letters_signature_over_a_library_line_stays_a_signature():
    text = ("Dear Sir,\n\nI send you the catalogue you asked for, with my thanks.\n\n"
            "Yours faithfully,\n\nJohn Smith\nKeeper of Books\nThe Latin Library\n")
    root, _ = encode(text, "letter.txt")
    assert "John Smith" in " ".join(texts(root, "//t:closer"))


# ---------------------------------------------------------------- F2, F3: HTML in Markdown

GMS = """---
title: |
  Filbert’s Vision | La visión de Filiberto
---

<h2>Introduction to the Text</h2>
<p>The text is a debate between the body and the soul, witnessed by a holy man.</p>

<h2>About this Edition</h2>
<p>The words the author crossed out are struck through.</p>

<h2>Filbert’s Vision | La visión de Filiberto</h2>

<p>Hardy, j’entreprendray <s>bravement</s> de te rendre eternelle</p>
"""


def test_headings_in_an_html_block_are_sections_and_s_is_struck_through():
    root, _ = encode(GMS, "gms.md")
    assert texts(root, "//t:div[@type='section']/t:head") == [
        "Introduction to the Text", "About this Edition",
        "Filbert’s Vision | La visión de Filiberto"]
    assert texts(root, "//t:hi[@rend='strikethrough']") == ["bravement"]


def test_a_front_matter_title_the_texts_heading_repeats_is_the_title():
    root, _ = encode(GMS, "gms.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Filbert’s Vision | La visión de Filiberto"]


def test_a_front_matter_title_quoted_inside_a_sentence_is_still_a_quotation():
    text = ("---\ntitle: just a hobby, won't be big\n---\n\n# Free minix-like kernel\n\n"
            "I'm doing a (free) operating system (just a hobby, won't be big and "
            "professional like gnu) for 386(486) AT clones.\n")
    root, _ = encode(text, "post.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Free minix-like kernel"]


# ---------------------------------------------------------------- F9, F10: HSMS transcription

HSMS = """<h2>La visión de Filiberto</h2>

<p>¶ vn omne bueno ermjtano que llamaron fyliberto era omne de buen lynage</p>

<p>que seyendo tienpo de ynbierno estando en vna ermjta enel mayor sylençio dela</p>

<p>o carne mesquina dime quien te asy ha que-brantado que tan marabjllo[^sa]mente te auja</p>

<p>mas syenpre cure con tu enganno ca nunca espero perdon del [^que] me formo</p>
"""


def test_explicit_paragraph_elements_opening_in_lower_case_stay_apart():
    root, _ = encode(HSMS, "hsms.md")
    ps = texts(root, "//t:body//t:p")
    assert len(ps) == 4
    assert ps[1].startswith("que seyendo tienpo") and ps[2].startswith("o carne mesquina")


def test_hsms_caret_markers_with_no_note_are_letters_written_above_the_line():
    root, result = encode(HSMS, "hsms.md")
    assert [(a.text, a.get("place")) for a in xp(root, "//t:add")] == [("sa", "above"),
                                                                       ("que", "above")]
    assert "marabjllo" in texts(root, "//t:body//t:p[t:add]")[0]
    assert not any(d.code == "marker-without-note" for d in result.diagnostics)


def test_one_caret_marker_alone_is_still_a_marker_without_a_note():
    root, _result = encode("# Notes\n\nA word[^sa] with no note here.\n", "one.md")
    assert not xp(root, "//t:add")
    assert "[^sa]" in texts(root, "//t:body//t:p")[0]


# ---------------------------------------------------------------- F4: line bars

GRAFFITI = """INSCRIPTIONES PARIETARIAE

31: tu, pupa. sic valeas, | sic habeas | Venere Pompeianam | propytia, || munn | (...)

247: hec venatio pugnabet V. k. septembres | et Felix ad ursos pugnabet.

1097: avete, utres sumus, | cot estis, ere voluimus, | quando venistis, ere eximus.
"""


def test_an_inscriptions_short_lines_parted_by_bars_are_line_ends():
    root, _ = encode(GRAFFITI, "graffiti.txt")
    p = xp(root, "//t:body//t:p")[0]
    assert "|" not in "".join(p.itertext())
    assert len(xp(p, "t:lb")) == 4 and len(xp(p, "t:cb")) == 1
    assert texts(root, "//t:body//t:p")[0] == \
        "31: tu, pupa. sic valeasic habeasVenere Pompeianampropytia,munn(...)".replace(
            "valeasic", "valeas,sic")


def test_a_table_typed_with_bars_keeps_its_bars():
    text = "Staff\n\nCounselling | 682 | 12\nTraining | 140 | 3\nAdvice | 96 | 1\n"
    root, _ = encode(text, "table.txt")
    assert texts(root, "//t:body//t:p") == [
        "Counselling | 682 | 12Training | 140 | 3Advice | 96 | 1"]
    assert not xp(root, "//t:body//t:cb")


TABLET = """CLAVDII CAESARIS ORATIO

Quondam reges hanc tenuere urbem, nec tamen domesticis succ es |soribus eam tradere \
contigit. Supervenere aileni et quidem ex ter | ni, ut Numa Romulo succescerit ex Sabinis \
veniens, vicinus qui | dem, sed tunc externus. Ornatissima ecce colonia quam|longo iam \
tempore senatores huic curiae confert? Ex qua colo | nia inter paucos, L. Vestinum, \
fa|miliarissime diligo. Timide quidem egressus adsuetos vobis pro| vinciarum terminos \
sum, quam paenitet | Persicum, nobilissimum virum. Longo tempore iam novo ordine.
"""


def test_glued_and_half_spaced_bars_are_line_ends_the_lexicon_says_how():
    root, _ = encode(TABLET, "claud.txt")
    body = _xml(xp(root, "//t:body")[0])
    assert "|" not in "".join(xp(root, "//t:body")[0].itertext())
    assert 'fa<lb break="no"/>miliarissime' in body
    assert 'pro<lb break="no"/>vinciarum' in body
    assert "quam<lb/>longo" in body          # two words the text uses alone


# ---------------------------------------------------------------- F5, F12: Leiden lacunae

STONE = """# Filling Gaps

The first lines, 26 letters each:

    [.]ΠΙΦΡΥΝΙ[..................]
    [.]ΑΜΑΝΤΙΔ[..................]

Restored:

    [ἐ]πὶ Φρυνί[χου ἄρχοντος ἐπὶ τῆς .]
    [κ]καμαντίδ[ος ..... πρυτανείας ἧ]
"""


def test_leiden_dots_are_lost_letters_counted():
    root, _ = encode(STONE, "stone.md")
    gaps = [(g.get("reason"), g.get("quantity"), g.get("unit")) for g in xp(root, "//t:gap")]
    assert gaps == [("lost", "1", "chars"), ("lost", "18", "chars")] * 2 + \
        [("lost", "1", "chars"), ("lost", "5", "chars")]
    assert texts(root, "//t:supplied") == ["ἐ", "χου ἄρχοντος ἐπὶ τῆς", "κ", "ος",
                                           "πρυτανείας ἧ"]


def test_an_inscription_in_capitals_is_no_list_under_a_heading():
    root, _ = encode(STONE, "stone.md")
    assert not xp(root, "//t:list")
    assert len(xp(root, "//t:p[t:gap][1]/t:lb")) == 1


def test_an_editors_omission_stays_one_without_leiden_evidence():
    root, _ = encode("# Minutes\n\nThe chairman said [...] and then w[hi]ch was read.\n",
                     "m.md")
    assert [g.get("reason") for g in xp(root, "//t:gap")] == ["omitted"]


# ---------------------------------------------------------------- F6, F7: critical signs

CARMEN = """COMMODIANUS

Tunc uero agnoui Deum <dominum> summum in altis,
Et ideo tales hortor ab errore recedant.
Sed Deus, ut uidit hominum nimis [ut] pectora clausa,
Adloquitur Abraham, se<se> sub umbra recolligit ipsum,
Stat miles ad missa<m>: unum tu quaere magistrum.
"""


def test_angle_brackets_add_and_square_brackets_delete_in_a_critical_text():
    root, _ = encode(CARMEN, "carmen.txt")
    assert [(s.text, s.get("reason")) for s in xp(root, "//t:supplied")] == [
        ("dominum", "omitted"), ("se", "omitted"), ("m", "omitted")]
    assert texts(root, "//t:surplus") == ["ut"]
    assert "<" not in "".join(xp(root, "//t:body")[0].itertext())


def test_html_like_tags_in_a_chat_are_not_additions():
    text = "Log\n\n<Ege> hello there\n<Tom> hi Ege, all well?\n"
    root, _ = encode(text, "chat.txt")
    assert not xp(root, "//t:supplied")


CHAPTERS = """RES GESTAE DIVI AVGVSTI

[ 1 ] Annos undeviginti natus exercitum privato consilio comparavi. [Ob quae] senatus
decretis honorificis in ordinem suum me adlegit.

[ 2 ] Qui parentem meum trucidaverunt, eos in exilium expuli.

[ 3 ] Bella terra et mari civilia externaque toto in orbe terrarum saepe gessi.
"""


def test_bracketed_chapter_numbers_in_sequence_are_paragraph_numbers():
    root, _ = encode(CHAPTERS, "rg.txt")
    assert [p.get("n") for p in xp(root, "//t:body//t:p")] == ["1", "2", "3"]
    assert texts(root, "//t:supplied") == ["Ob quae"]
    assert texts(root, "//t:body//t:p")[1] == \
        "[ 2 ] Qui parentem meum trucidaverunt, eos in exilium expuli."


def test_two_bracketed_numbers_are_no_chapters():
    text = "Notes\n\n[ 4 ] a figure restored.\n\n[ 9 ] another one.\n"
    root, _ = encode(text, "n.txt")
    assert not [p.get("n") for p in xp(root, "//t:body//t:p") if p.get("n")]


# ---------------------------------------------------------------- F8: verse

SONNET = "<h1>Le Printemps VI</h1>\n\n" + "\n".join(f"<p>{line}</p>" for line in [
    "Hardy, j’entreprendray de te rendre eternelle",
    "Targuant de mes escrips ton nom contre la mort",
    "Mais en t’eternisant, je ne travaille fort",
    "Ta perfection n’est en aucun poinct mortelle",
    "5 Rien n’est mortel en toy ta chasteté est telle",
    "Que le temps envieux ne luy peut faire tort",
    "Tes dons thresors du Ciel, ton Nom exemptz du port",
    "Et du fleuve d’oubly ont la vue immortelle.",
    "Mesmes ce livre heureux vivra infiniment",
    "10 Pource que l’infiny sera son argument",
    "Mais ie me plein à eux que ta severité",
    "Comme sont les vertus, aussi est infinie"]) + "\n"


def test_one_line_paragraphs_numbered_every_fifth_line_are_a_poem():
    root, _ = encode(SONNET, "sonnet.md")
    ls = xp(root, "//t:lg[@type='poem']/t:l")
    assert len(ls) == 12
    assert [(k, line.get("n")) for k, line in enumerate(ls, 1) if line.get("n")] == [(5, "5"),
                                                                            (10, "10")]
    assert texts(root, "//t:l[@n='5']") == ["Rien n’est mortel en toy ta chasteté est telle"]


HEXAMETERS = """Carmen

Quis poterit unum proprie Deum nosse caelorum,
Nisi quem is tulerit ab errore nefando?
Errabam ignarus spatians spe captus inani,
Dum furor aetatis primae me portabat in auras.
Plus eram quam palea leuior; quasi centum inessent
In umeris capita, sic praeceps quocumque ferebar.
Non satis his rebus, criminosus denique Marsus
Paene fui factus herbas incantando malignas.
Sed gratias Domino nec sufficit uox mea tantum
Reddere qui misero uacillanti tandem adluxit!
Adgressusque fui traditus in codice legis
Quid ibi rescirem; statim mihi lampada fulsit.
"""


def test_lines_opening_with_capitals_mid_sentence_are_verse_kept_line_by_line():
    root, _ = encode(HEXAMETERS, "carmen.txt")
    assert len(xp(root, "//t:body//t:p[1]/t:lb")) == 11


# ---------------------------------------------------------------- F11: a stated key

KEY = """# Transcribing Medieval Documents

| **symbol** | **description** | **use** | **example** |
|---|---|---|---|
| ( ) | Parentheses | Expanded abbreviation | d(omi)ni |
| [ ] | square brackets | letters canceled by scraping or washing | do[mi]ni |
| `[[ ]]` | double square brackets | text lost through damage | domin`[[*]]` |
"""


def test_a_legend_table_sets_what_a_bracket_means_and_code_spans_are_literal():
    root, result = encode(KEY, "key.md")
    assert texts(root, "//t:del") == ["mi"] and not xp(root, "//t:supplied")
    cells = texts(root, "//t:row[4]/t:cell")
    assert cells[0] == "[[ ]]" and cells[3] == "domin[[*]]"
    assert not xp(root, "//t:note")
    assert not LITERAL_MARKS.search(result.data.decode("utf-8"))


# ---------------------------------------------------------------- properties

WORD = st.text(alphabet="abcdefgilmnoprstu", min_size=2, max_size=8)


@SETTINGS
@given(st.lists(WORD, min_size=4, max_size=12))
def test_code_spans_keep_every_character_and_no_mark(words):
    line = " ".join(f"`[{w}]`" if k % 2 else w for k, w in enumerate(words))
    root, result = encode(f"# Key\n\n{line}\n", "k.md")
    assert texts(root, "//t:body//t:p") == [line.replace("`", "")]
    assert not LITERAL_MARKS.search(result.data.decode("utf-8"))


@SETTINGS
@given(st.lists(st.lists(WORD, min_size=2, max_size=3), min_size=4, max_size=8))
def test_bars_between_short_lines_of_words_in_a_menu_stay_text(items):
    line = " | ".join(" ".join(words).title() for words in items)
    root, _ = encode(f"Site\n\n{line}\n", "menu.txt")
    assert not xp(root, "//t:body//t:lb") and not xp(root, "//t:body//t:cb")


RECORD = ["Mr. President, I ask unanimous consent that the",
          "Committee on Finance be authorized to meet during the session on",
          "Wednesday, July 20, 2005, at 10 a.m., in 215 Dirksen Senate Office",
          "Building, to consider the nominations of Robert M. Kimmitt, to be",
          "Deputy Secretary of the Treasury, U.S. Department of the Treasury;",
          "Randal Quarles, to be Under Secretary of the Treasury, Domestic",
          "Finance, U.S. Department of the Treasury; Sandra L. Pack, to be",
          "Assistant Secretary of the Treasury, Management, U.S. Department of the",
          "Treasury; Kevin I. Fromer, to be Deputy Under Secretary of the",
          "Treasury, without objection, it is so ordered."]


def test_prose_wrapped_at_a_width_whose_lines_go_on_with_names_is_no_verse():
    """(the Congressional Record's lines in realworld/crec-2005-07-20-S8582.html)"""
    from teikit.readers.shapes import _capitalised_verse
    from teikit.sourcetext import Line
    assert not _capitalised_verse([Line(k, text, "") for k, text in enumerate(RECORD, 1)])
    verse = HEXAMETERS.split("\n")[2:-1]
    assert _capitalised_verse([Line(k, text, "") for k, text in enumerate(verse, 1)])

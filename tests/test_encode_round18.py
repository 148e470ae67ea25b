"""Scout round 18 (issue 8): parliamentary records in Galician, Spanish, Catalan and Ukrainian
(article-and-honorific labels, labels in Cyrillic capitals, a Word template's styles, month
names, the sitting's series and opening lines) and oral-history interviews (their header
block, redaction placeholders). One small example each, from the documents of
scout/corpus18 and the forms the same archives use."""
from __future__ import annotations

import io
import zipfile

from lxml import etree
from teiquery import docx_bytes, encode, texts, xp

from teikit.encode import encode_file
from teikit.header import Edition

# ----------------------------------------------------------------------------- labels


def test_article_and_honorific_before_capitals():
    """Parlamento de Galicia, Diario de Sesións (DSPG 052, 2021): "O señor PRESIDENTE:", a
    label alone on its line over the speech, an office with its holder in parentheses."""
    root, _ = encode("O señor PRESIDENTE: Ábrese a sesión.\n\nA orde do día está publicada.\n\n"
                     "A señora SECRETARIA DA MESA (Porro Martínez):\n\nGrazas, señor presidente."
                     "\n\nO señor PRESIDENTE DA XUNTA DE GALICIA (Núñez Feijóo): Moitas grazas."
                     "\n\nO señor PRESIDENTE: Grazas.\n")
    assert texts(root, "//t:sp/t:speaker") == [
        "O señor PRESIDENTE", "A señora SECRETARIA DA MESA (Porro Martínez)",
        "O señor PRESIDENTE DA XUNTA DE GALICIA (Núñez Feijóo)", "O señor PRESIDENTE"]
    assert texts(root, "//t:sp[2]/t:p") == ["Grazas, señor presidente."]


def test_honorific_without_capitals_is_prose():
    """The Spanish Diario's "El señor PRESIDENTE:" is a label; "El señor presidente dijo:"
    in a sentence is not."""
    root, _ = encode("El señor PRESIDENTE: Se abre la sesión. Ruego a la señora secretaria que "
                     "dé lectura al orden del día.\n\nLa señora SECRETARIA: Gracias, señor "
                     "presidente. El orden del día está publicado.\n\nEl señor presidente dijo "
                     "entonces lo siguiente: que la sesión seguiría.\n")
    assert texts(root, "//t:sp/t:speaker") == ["El señor PRESIDENTE", "La señora SECRETARIA"]
    assert "El señor presidente dijo entonces lo siguiente: que la sesión seguiría." in texts(
        root, "//t:p")


def test_french_office_labels():
    """The Assemblée nationale's compte rendu: "M. le président.", "Mme la ministre.", an
    office with its complement; a sentence about the mayor is none."""
    root, _ = encode("M. le président. La séance est ouverte.\n\nL'ordre du jour appelle les "
                     "questions.\n\nMme la ministre. Merci, monsieur le président.\n\nM. le "
                     "secrétaire d'État chargé des transports. Je réponds.\n\nM. le président. "
                     "Merci.\n\nM. le maire est venu. Il a parlé longuement.\n")
    assert texts(root, "//t:sp/t:speaker") == [
        "M. le président", "Mme la ministre", "M. le secrétaire d'État chargé des transports",
        "M. le président"]
    assert texts(root, "//t:sp[last()]/t:p")[-1] == "M. le maire est venu. Il a parlé longuement."


def test_labels_in_cyrillic_capitals_with_initials():
    """Verkhovna Rada stenogram (2002): "ГОЛОВА." in any script's capitals, a surname with
    initials, the full stop glued to the speech."""
    root, _ = encode("ГОЛОВА. Шановні народні депутати, прошу займати свої місця.\n\n"
                     "Прошу зареєструватися.\n\nСИМОНЕНКО П.М. Фракція комуністів. Шановні "
                     "колеги.\n\nГОЛОВА.Шановні народні депутати! Прошу заходити.\n")
    assert texts(root, "//t:sp/t:speaker") == ["ГОЛОВА", "СИМОНЕНКО П.М.", "ГОЛОВА"]
    assert texts(root, "//t:sp[3]/t:p") == ["Шановні народні депутати! Прошу заходити."]


def test_the_chairs_label_alone_in_a_sitting():
    """A sitting the chair alone speaks in (Rada, 17 May 2002): "ГОЛОВУЮЧИЙ." once, the
    same label again and again after breaks is no column of run-in heads either."""
    root, _ = encode("Стенограма пленарного засідання\n\nГОЛОВУЮЧИЙ. Доброго ранку, шановні "
                     "народні депутати.\n\nЗасідання оголошується закритим.\n")
    assert texts(root, "//t:sp/t:speaker") == ["ГОЛОВУЮЧИЙ"]
    root, _ = encode("Засідання\n\n" + "".join(
        f"ГОЛОВА. Шановні народні депутати, пункт {k}.\n\nПІСЛЯ ПЕРЕРВИ\n\n" for k in range(5)))
    assert len(xp(root, "//t:sp")) == 5


# ----------------------------------------------------------------------------- Word styles

def _styled_docx(paragraphs: list[tuple[str, str]], styles: dict[str, tuple[str, int | None]]
                 ) -> bytes:
    """A Word file with the template's own paragraph styles: {id: (name, outline level)}."""
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t>'
                   "</w:r></w:p>" for style, text in paragraphs)
    data = io.BytesIO(docx_bytes(body))
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    defs = "".join(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                   + (f'<w:pPr><w:outlineLvl w:val="{level}"/></w:pPr>' if level is not None
                      else "") + "</w:style>" for sid, (name, level) in styles.items())
    with zipfile.ZipFile(data, "a") as z:
        z.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles xmlns:w="{w}">{defs}'
                   "</w:styles>")
    return data.getvalue()


def test_word_template_styles(tmp_path):
    """Parlament de Catalunya, Diari de Sessions (2016) in its Word template: "D3/ Títol
    negreta" with an outline level is a heading, "D3/ Intervinent" the speaker's label,
    "D3/ Acotació cva." the stage directions."""
    src = tmp_path / "ple.docx"
    src.write_bytes(_styled_docx(
        [("Text", "Ple del Parlament"), ("Int", "La presidenta"),
         ("Text", "Bon dia, comença la sessió."), ("Aco", "(Pausa.)"),
         ("Tit", "Procediment per a elegir els senadors"), ("Text", "L’únic punt és aquest."),
         ("Int", "La secretària quarta"), ("Text", "«Els candidats són els següents: Elisabeth "
                                                   "Abad i Giralt, Mirella Cortès i Gès.»"),
         ("Int", "La presidenta"), ("Text", "Passem, doncs, a la votació.")],
        {"Text": ("D3/ Text normal", None), "Int": ("D3/ Intervinent", None),
         "Aco": ("D3/ Acotació cva.", None), "Tit": ("D3/ Títol negreta", 0)}))
    root = etree.fromstring(encode_file(src, edition=Edition()).data)
    assert texts(root, "//t:sp/t:speaker") == ["La presidenta", "La secretària quarta",
                                               "La presidenta"]
    assert texts(root, "//t:stage") == ["(Pausa.)"]
    assert texts(root, "//t:div[@type='section']/t:head") == [
        "Procediment per a elegir els senadors"]
    assert any("Word template" in p for p in texts(root, "//t:editorialDecl//t:p"))


# ----------------------------------------------------------------------------- dates

def test_catalan_galician_ukrainian_dates():
    """"Sessió 41, divendres 25 d’agost de 2017" (the Catalan elision), "dijous 7 de gener
    de 2016", Galician "xaneiro", Ukrainian genitive "17 травня 2002 року"."""
    for text, when in [("Sessió 41, divendres 25 d’agost de 2017", "2017-08-25"),
                       ("Martes, 11 de xaneiro de 2022", "2022-01-11"),
                       ("17 травня 2002 року. 10 година.", "2002-05-17"),
                       ("Budapest, 1848. március 15.", "1848-03-15")]:
        root, _ = encode(f"Ple del Parlament\n\n{text}\n\nComença la sessió, bon dia a tothom."
                         "\n")
        assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == [when], text


# ----------------------------------------------------------------------------- titles

def test_series_line_is_no_title_and_the_opening_time_no_heading():
    """The Diari's series line "XI legislatura · període intermedi · sèrie P · número 6" is
    the source's citation; Galician "Ábrese a sesión ás dez e cinco minutos da mañá" a
    stage direction, not the document's heading."""
    root, _ = encode("XI legislatura · període intermedi · sèrie P · número 6\n\nPle del "
                     "Parlament\n\nSessió 5, dijous 7 de gener de 2016\n\nLa sessió comença amb "
                     "el procediment per a elegir els senadors.\n")
    assert texts(root, "//t:titleStmt/t:title") == ["Ple del Parlament"]
    assert "número 6" in " ".join(texts(root, "//t:sourceDesc/t:bibl"))
    root, _ = encode("Ábrese a sesión ás dez e cinco minutos da mañá\n\nO señor PRESIDENTE: "
                     "Ábrese a sesión.\n\nA señora SECRETARIA: Grazas.\n\nRemata a sesión ás "
                     "dez e vinte minutos da mañá\n")
    assert xp(root, "//t:body//t:head") == []
    assert texts(root, "//t:stage") == ["Ábrese a sesión ás dez e cinco minutos da mañá",
                                        "Remata a sesión ás dez e vinte minutos da mañá"]


# ----------------------------------------------------------------------------- interviews

INTERVIEW = ("## About the Interview\n\nTATSUO ARAI: An Interview Conducted by Peter Asaro, IEEE "
             "History Center, 4 November 2013.\n\n## Interview\n\nINTERVIEWEE: Tatsuo Arai\n"
             "INTERVIEWER: Peter Asaro\nDATE: 4 November 2013\nPLACE: Tokyo, Japan\n\n"
             "### Early Life\n\n" + "".join(
                 f"Q:\n\nWhat did you work on in year {k}?\n\nTatsuo Arai:\n\nWell, in that year "
                 "I worked on a walking robot with six limbs.\n\n" for k in range(4)))


def test_oral_history_header_block_is_no_turn():
    """IEEE History Center oral histories (ETHW): the byline and the INTERVIEWEE: /
    INTERVIEWER: field block are header matter; Q and the interviewee take turns."""
    root, _ = encode(INTERVIEW, "arai.md")
    assert set(texts(root, "//t:sp/t:speaker")) == {"Q", "Tatsuo Arai"}
    assert texts(root, "//t:list[@type='fields']/t:item")[:2] == [
        "INTERVIEWEE: Tatsuo Arai", "INTERVIEWER: Peter Asaro"]


def test_interviewer_label_in_a_dialogue_stays_a_turn():
    """"Interviewer: …" / "Interviewee: …" with questions and answers is the dialogue."""
    root, _ = encode("Interview\n\nInterviewer: Where were you born, and where did you grow "
                     "up?\nInterviewee: In Tokyo, and I went to school there as well.\n"
                     "Interviewer: What did you study at the university?\nInterviewee: "
                     "Mechanical engineering, with robots.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Interviewer", "Interviewee", "Interviewer",
                                               "Interviewee"]


def test_short_interview_ending_on_a_short_answer_is_no_letter():
    """An interview's excerpt whose last answer is one short line ("At the University of
    Tokyo."): that label's speech, never a letter's signature."""
    root, _ = encode("Q:\n\nWhat was the thesis?\n\nTatsuo Arai:\n\nIt’s about a walking robot."
                     "\n\nQ:\n\nAnd where did you do your Ph.D.?\n\nTatsuo Arai:\n\nAt the "
                     "University of Tokyo.\n", "short.md")
    assert xp(root, "//t:closer | //t:div[@type='letter']") == []
    assert texts(root, "//t:sp[last()]/t:p") == ["At the University of Tokyo."]


def test_redaction_placeholders():
    """ETHW's "[email]" where the site removed an address; "[name withheld]": redactions."""
    root, _ = encode("Inquiries should be sent to Professor Selma Sabanovic, [email]. Ask "
                     "[name withheld] for the tapes.\n")
    assert xp(root, "//t:gap/@reason") == ["redacted", "redacted"]
    assert texts(root, "//t:gap/t:desc") == ["email", "name withheld"]
    assert xp(root, "//t:supplied") == []

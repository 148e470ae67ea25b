"""More forms of speaker turns (scout rounds 7 and 8): timestamped loop transcripts, time
ranges in brackets, a play's label with its stage direction before the colon, a play set
in a table, a cast list, and full-stop labels that must not take the next word. One small
real-world example each; every example is also checked for valid output (encode refuses a
master its schema rejects)."""
from __future__ import annotations

from teiquery import encode, texts, xp


def _words(root) -> str:
    return " ".join("".join(xp(root, "//t:text")[0].itertext()).split())


def test_a_bracket_of_figures_and_dashes_is_a_time_not_supplied_words():
    """Apollo 13 loop transcripts (NASA History Office: "[55 48 40 -]", "[- 55 49 12]")
    and a StoryCorps-style .docx transcript ("CJ:   [00:00:07:000]")."""
    root, _ = encode("INTERVIEW\n\nCJ: [00:00:07:000] Good morning, this is the start.\n\n"
                     "Mr Parr: Well, as I said [55 48 40 -] and then [- 55 49 12] the "
                     "loop went on [55 46 11 - 55 46 27] until the end.\n\n"
                     "CJ: Thank you.\n\nMr Parr: You are welcome.\n")
    assert texts(root, "//t:time") == ["00:00:07:000", "55 48 40 -", "- 55 49 12",
                                       "55 46 11 - 55 46 27"]
    assert not xp(root, "//t:supplied")


def test_timestamp_and_call_sign_over_the_words_open_a_turn():
    """Apollo 13 air-to-ground loop, 55:46 GET (apollo13-air-ground-loop-55h46.txt)."""
    root, _ = encode("[55 55 20 - 55 55 21] CDR\nI believe we've had a problem here.\n\n"
                     "[55 55 29 - 55 55 30] CAPCOM\nThis is Houston. Say again, please.\n\n"
                     "[55 55 35 - 55 55 41] CDR\nHouston, we've had a problem.\n\n"
                     "[55 55 43] CAPCOM\nRoger. MAIN B UNDERVOLT.\n\n"
                     "[55 55 58] CAPCOM\nOkay, stand by, 13.\n\n"
                     "[55 56 10] CDR\nOkay.\n")
    assert texts(root, "//t:sp/t:speaker") == ["CDR", "CAPCOM", "CDR", "CAPCOM", "CAPCOM",
                                               "CDR"]
    assert texts(root, "//t:sp/t:p/t:time")[:2] == ["55 55 20 - 55 55 21",
                                                    "55 55 29 - 55 55 30"]
    assert texts(root, "//t:sp[1]/t:p") == ["55 55 20 - 55 55 21 I believe we've had a "
                                            "problem here."]
    assert not xp(root, "//t:supplied")


def test_a_label_with_its_stage_direction_before_the_colon_opens_that_speakers_turn():
    """Schnitzler, La Ronda (Spanish Markdown edition, laronda-schnitzler-1-es.md):
    "SOLDADO *(cerca de ella)*: Eso es muy posible." is the soldier's line, not the
    prostitute's; "SOLDADO *(se gira …)*." a turn of the stage direction alone."""
    root, _ = encode("PUTA: Al cuartel llegarás a tiempo de todas formas.\n\n"
                     "SOLDADO *(cerca de ella)*: Eso es muy posible.\n\n"
                     "PUTA: ¡Quieto! En cualquier momento puede venir un guarda.\n\n"
                     "SOLDADO *(se gira un momento y sigue su camino)*.\n\n"
                     "PUTA *(le besa)*: ¡De todas formas es lo que más me apetece!\n",
                     "laronda.md")
    assert texts(root, "//t:sp/t:speaker") == ["PUTA", "SOLDADO", "PUTA", "SOLDADO", "PUTA"]
    assert texts(root, "//t:sp[2]/t:stage") == ["(cerca de ella)"]
    assert texts(root, "//t:sp[2]/t:p") == ["Eso es muy posible."]
    assert texts(root, "//t:sp[4]/t:stage") == ["(se gira un momento y sigue su camino)."]
    assert not xp(root, "//t:sp[4]/t:p")
    assert texts(root, "//t:sp[5]/t:stage") == ["(le besa)"]


def test_an_aside_before_the_colon_is_a_stage_direction_not_part_of_the_name():
    """Shakespeare, Hamlet I.2 as plain-text editions set it ("HAMLET (aside): …")."""
    root, _ = encode("KING: But now, my cousin Hamlet, and my son,—\n\n"
                     "HAMLET (aside): A little more than kin, and less than kind.\n\n"
                     "KING: How is it that the clouds still hang on you?\n\n"
                     "HAMLET: Not so, my lord. I am too much i' the sun.\n")
    assert texts(root, "//t:sp/t:speaker") == ["KING", "HAMLET", "KING", "HAMLET"]
    assert texts(root, "//t:sp[2]/t:stage") == ["(aside)"]
    assert texts(root, "//t:person/t:persName") == ["KING", "HAMLET"]


def test_a_full_stop_label_does_not_take_the_next_word():
    """LBJ's press conference of 9 March 1967 (Miller Center transcript): "THE PRESIDENT.
    Yes. We have …" and "THE PRESIDENT. Mr. Smith, we …" are the President's answers."""
    root, _ = encode("THE PRESIDENT. Good afternoon, ladies and gentlemen.\n\n"
                     "Q. Mr. President, do you think an income tax increase will be "
                     "necessary?\n\n"
                     "THE PRESIDENT. Yes. We have recommended a 6 percent surcharge.\n\n"
                     "Q. Mr. President, is there any truth in the reports?\n\n"
                     "THE PRESIDENT. Mr. Smith, we have help and suggestions from Members "
                     "of the Senate.\n")
    assert texts(root, "//t:sp/t:speaker") == ["THE PRESIDENT", "Q", "THE PRESIDENT", "Q",
                                               "THE PRESIDENT"]
    assert texts(root, "//t:sp[3]/t:p") == ["Yes. We have recommended a 6 percent surcharge."]
    assert texts(root, "//t:sp[5]/t:p")[0].startswith("Mr. Smith, we have")


def test_a_play_set_in_a_table_is_read_as_turns():
    """Ibsen, Hedda Gabler, Act I (Standard Ebooks XHTML, hedda-gabler-act1-part.html):
    the persona in the first cell, the speech in the second, a row with no persona a stage
    direction."""
    sd = ' epub:type="z3998:stage-direction"'
    rows = [("", f"<i{sd}>Miss Tesman comes in from the hall, followed by Berta.</i>"),
            ("Miss Tesman", f"<i{sd}>Stops close to the door, listens, and says softly:</i> "
                            "Upon my word, I don’t believe they are stirring yet!"),
            ("Berta", f"<i{sd}>Also softly.</i> I told you so, Miss."),
            ("Miss Tesman", "Well well—let them have their sleep out."),
            ("", f"<i{sd}>She goes to the glass door and throws it open.</i>"),
            ("Berta", "I declare there isn’t a bit of room left.")]
    body = "".join(f'<tr><td epub:type="z3998:persona">{a}</td><td>{b}</td></tr>' if a else
                   f"<tr><td/><td>{b}</td></tr>" for a, b in rows)
    root, _ = encode('<html xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Act I'
                     f"</title></head><body><section><h2>Act I</h2><table><tbody>{body}"
                     "</tbody></table></section></body></html>", "hedda.html")
    assert not xp(root, "//t:table")
    assert texts(root, "//t:sp/t:speaker") == ["Miss Tesman", "Berta", "Miss Tesman", "Berta"]
    assert texts(root, "//t:sp[1]/t:stage") == ["Stops close to the door, listens, and says "
                                                "softly:"]
    assert texts(root, "//t:sp[1]/t:p") == ["Upon my word, I don’t believe they are stirring "
                                            "yet!"]
    assert texts(root, "//t:div/t:stage")[0].startswith("Miss Tesman comes in")
    assert "She goes to the glass door and throws it open." in texts(root, "//t:stage")


def test_a_cast_list_is_no_letter():
    """Schnitzler, La Ronda (laronda-schnitzler-1-es.md): the cast under "Personajes" ends
    with a name, which is no signature: no salutation, no closing formula."""
    root, _ = encode("/ Personajes\n------------\n\n> La Puta\n>\n> El Soldado\n>\n"
                     "> El Conde\n\n/ La puta y el soldado\n----------------------\n\n"
                     "PUTA: Ven, hermoso ángel mío.\n\nSOLDADO: Ah, ¿el hermoso ángel soy yo?\n",
                     "laronda.md")
    assert not xp(root, "//t:div[@type='letter']") and not xp(root, "//t:signed")
    assert "El Conde" in _words(root)


def test_names_under_a_cast_heading_are_a_cast_list():
    """Schnitzler, La Ronda (laronda-schnitzler-1-es.md): "/ Personajes" over the roles."""
    root, _ = encode("# La ronda\n\n## Personajes\n\n> La Puta\n>\n> El Soldado\n>\n"
                     "> La Criada\n>\n> El Conde\n\n## La puta y el soldado\n\n"
                     "PUTA: Ven, hermoso ángel mío.\n\nSOLDADO: Ah, ¿el hermoso ángel soy yo?\n",
                     "laronda.md")
    assert texts(root, "//t:list[@type='cast']/t:item") == ["La Puta", "El Soldado",
                                                            "La Criada", "El Conde"]
    assert not xp(root, "//t:signed")


def test_a_wrapped_line_ending_on_a_parenthesis_is_no_stage_turn():
    """Hard-wrapped prose (Project Gutenberg essays): a line "Congress (see above)." inside
    a paragraph opens no turn, though a play's "SOLDADO *(se gira …)*." would."""
    root, _ = encode("A NOTE\n\nThe debate was long and the members spoke of the rules of\n"
                     "Congress (see above).\nThen they went home and slept for a while.\n")
    assert not xp(root, "//t:sp")
    assert len(xp(root, "//t:body//t:p")) == 1


def test_a_loop_entry_with_no_time_or_a_dash_before_its_words_is_a_turn():
    """Apollo 13 flight director loop (apollo13-flight-director-loop-55h46.txt): "[ - ]
    FLIGHT" (no time given), and words that run on from the last entry ("- back to MAIN A")."""
    root, _ = encode("[55 59 05] EECOM\nFLIGHT, EECOM.\n\n[ - ] FLIGHT\nFUEL CELL 1 -\n\n"
                     "[- 55 59 08] EECOM\n- back to MAIN A, FUEL CELL 3 back to MAIN B.\n\n"
                     "[- 55 59 10] FLIGHT\nMAIN A, 3 to MAIN B.\n")
    assert texts(root, "//t:sp/t:speaker") == ["EECOM", "FLIGHT", "EECOM", "FLIGHT"]
    assert "back to MAIN A" in texts(root, "//t:sp[3]/t:p")[0]

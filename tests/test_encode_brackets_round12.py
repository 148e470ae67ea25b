"""Brackets that restore no words (scout rounds 11, 11b and 12): a transcription platform's
tags, editors' notices in other languages, comments on the text, and the author's own
brackets around data or a button are never <supplied>. One small example each, from the
source named in the docstring."""
from __future__ import annotations

from teiquery import encode, texts, xp


def test_a_deletion_label_and_its_words_are_a_del():
    """Marie Bashkirtseff's diary, French transcription: "brilliant [Rayé: exploit] deed";
    Dwernicki's memoirs (Polona): "pomimo woli [skreślenie: Księcia] Jego"."""
    root, _ = encode("It prevents me from doing some brilliant [Rayé: exploit] deed.\n\n"
                     "Działał pomimo woli [skreślenie: Księcia] Jego uważał On.\n")
    assert texts(root, "//t:text//t:del") == ["exploit", "Księcia"]
    assert not xp(root, "//t:supplied")


def test_notices_of_missing_or_struck_passages_in_french_are_gaps():
    """Bashkirtseff's notebooks: "journée.[manque] J'ai", "[Trois lignes cancellées]"."""
    root, _ = encode("Voici l'article.[manque] J'ai porté bonheur à Joseph.\n\n"
                     "[Trois lignes cancellées]\n\nEt puis rien.\n")
    assert [g.get("reason") for g in xp(root, "//t:text//t:gap")] == ["missing", "omitted"]
    assert texts(root, "//t:gap/t:desc") == ["manque", "Trois lignes cancellées"]
    assert not xp(root, "//t:supplied")


def test_a_margin_head_in_french_and_loc_star_brackets_are_margin_notes():
    """Bashkirtseff: "[Dans la marge: Tous les sujets …]"; Library of Congress By the
    People (Gladstone papers): "[*Frick*]" before "APPROVED: …"."""
    root, _ = encode("Rien.\n\n[Dans la marge: Tous les sujets que je traite finissent par "
                     "Hamilton.]\n\nText of the page.\n\n[*Frick*]\nAPPROVED: J. R. M. Mullanz\n")
    assert texts(root, "//t:note[@place='margin']") == [
        "Tous les sujets que je traite finissent par Hamilton.", "Frick"]
    assert not xp(root, "//t:supplied")


def test_a_comment_on_the_text_is_an_editorial_note():
    """The National Archives' "With love" letters: "[She added a postscript:]"; a blog's
    Civil War letter: "Januery the 1st / 61 [probably written by mistake, instead of 62]"."""
    root, _ = encode("Januery the 1st / 61 [probably written by mistake, instead of 62]\n\n"
                     "Yours as long as life endures\n\n[She added a postscript:]\n\n"
                     "One thing I had forgotten.\n")
    assert texts(root, "//t:note[@type='editorial']") == [
        "probably written by mistake, instead of 62", "She added a postscript:"]
    assert not xp(root, "//t:supplied")


def test_a_picture_named_alone_is_a_gap():
    """Morosini's commission (Venice, 1684), a transcription: "[image]" where a drawing is."""
    root, _ = encode("Il capitanio di Verona.\n\n[image]\n\nNoi Francesco Morosini.\n")
    assert texts(root, "//t:gap/t:desc") == ["image"]
    assert not xp(root, "//t:supplied")


def test_double_bracket_tags_are_transcriber_notes():
    """Smithsonian Transcription Center, a field book: "[[preprinted]] 22 [[/preprinted]]"
    (a number alone so tagged is the page's number, a <pb>: test_encode_low18)."""
    root, _ = encode("[[preprinted]] Sept. [[/preprinted]] 17, 1915\nFriday, fine.\n")
    assert texts(root, "//t:note[@type='transcriber']") == ["preprinted", "/preprinted"]
    assert not xp(root, "//t:supplied")


def test_an_address_literal_and_a_drawn_button_are_kept_as_printed():
    """An LKML message's headers: "Message-ID: <9320000.1062643806@[10.10.2.4]>"; Poul-Henning
    Kamp's bike-shed mail: a drawn dialog "|   [Cancel]   |"."""
    root, _ = encode("Message-ID: <9320000.1062643806@[10.10.2.4]>\n\n"
                     "Received: from obsidian.spiritone.com ([216.99.193.137]:43173)\n\n"
                     "+----------------+\n|    [Cancel]    |\n+----------------+\n")
    body = "".join(xp(root, "//t:text")[0].itertext())
    assert "[10.10.2.4]" in body and "[216.99.193.137]" in body and "[Cancel]" in body
    assert not xp(root, "//t:supplied")


def test_words_that_complete_the_sentence_are_still_supplied():
    """FRUS-style restored words: "the [American] delegation"."""
    root, _ = encode("He met the [American] delegation on [Tuesday] morning.\n")
    assert texts(root, "//t:supplied") == ["American", "Tuesday"]

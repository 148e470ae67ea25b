"""Round 17's leftovers (issue 8, /work/scout/REPORT17.md, REPORT15.md, REPORT16.md):
editors' notes in brackets, hyphens of printed lines, unsigned closings, verse drama,
title pages and OCR noise; one small real-world-derived example per rule."""
from __future__ import annotations

from teiquery import encode, texts, xp


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

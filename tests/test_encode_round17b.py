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

"""Speed round (issue 8): the quick tests put before slower searches must never change what
those searches find. Each quick test is checked against the search it guards, on real
lines and on lines drawn by hypothesis from the characters the patterns care about."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts

from teikit.formats.marks import plain
from teikit.readers.eschatocol import ERA_HINT, may_hold_era
from teikit.readers.turns import ABBREV_INSIDE, ABBREV_INSIDE_HINT, _abbrev_labels
from teikit.sourcetext import Block, Line

TEI = "http://www.tei-c.org/ns/1.0"

# the characters ABBREV_INSIDE reads: sentence ends, marks (open and close), spaces, tabs,
# quotes, capitals and small letters, and the pieces of a label
PIECES = st.sampled_from([".", "!", "?", ";", ":", " ", "\t", "\ufdd0", "\ufdd1", "\ufdd2",
                          "\ufdd3", '"', "“", "(", "A", "b", "X", "yz", "Hen", "No", ". ",
                          "Dro. ", "x"])


def _inside(text: str) -> list[str]:
    return [m.group("label") for m in ABBREV_INSIDE.finditer(text, 3)]


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join))
def test_the_hint_holds_wherever_a_label_inside_a_line_is_found(text):
    """ABBREV_INSIDE_HINT is what every label after a sentence's end needs: where the hint
    finds nothing, ABBREV_INSIDE finds nothing either."""
    if not ABBREV_INSIDE_HINT.search(text):
        assert _inside(text) == []


def test_the_hint_passes_the_labels_of_henno():
    """Reuchlin's Henno (TransLatin's Word file): labels inside a verse line."""
    line = "Hen. Heus tu Dromo. Dro. Quid est? Hen. Veni, haud clam te est meus"
    assert ABBREV_INSIDE_HINT.search(line)
    assert _inside(line) == ["Dro", "Hen"]
    assert not ABBREV_INSIDE_HINT.search("Totum hoc meus ludit maritus et bibit.")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["A", "b", " ", "  ", "\t", "Cc", "\ufdd0", "\ufdd1"]),
                         max_size=40).map("".join), min_size=1, max_size=14))
def test_a_blocks_words_are_split_only_as_far_as_needed(lines):
    """A short block's words are read with split(None, most): the same words as a full
    split when there are at most *most* of them, and more than *most* pieces otherwise."""
    most = max(12, 6 * len(lines))
    flat = plain(" ".join(lines))
    full, cut = flat.split(), flat.split(None, most)
    assert (len(full) <= most) == (len(cut) <= most)
    if len(full) <= most:
        assert cut == full


def test_abbreviated_labels_of_a_dialogue_are_found():
    """Barlandus's dialogue: the cast's names in a line of their own, the labels that begin
    them opening the turns (the same document as round 17's)."""
    lines = ["Anionivs Pontanvs, Novellinus.", "Nov. Euge mi lepidissime Antoni Pontane.",
             "AN. Erronem egi, huc et illuc cursitans.", "No. Prudentior igitur nobis redeas.",
             "AN. Quantum hinc prudentiae collegerim nescio.", "No. Fuisti ne Venetijs?",
             "AN. Fui."]
    blocks = [Block([Line(k + 1, text)]) for k, text in enumerate(lines)]
    assert _abbrev_labels(blocks) == frozenset({"Nov", "No"})


def test_labels_after_a_sentences_end_still_open_turns():
    """Henno's verse lines: "Dro." and "Hen." inside a line open turns of their own."""
    verse = ["Scaenica Progymnasmata", "Elsa. Henno. Dromo.",
             "Els. Muliercularum est misera condicio hercule",
             "Atque iis magis quae sunt maritis coniuges.",
             "Hen. Faxo sciam, tantum quid uxor murmurat;",
             "(45) Uxor, bonum sero. Els. Et quidem sero nimis,",
             "Hen. Heus tu Dromo. Dro. Quid est? Hen. Veni, haud clam te est meus",
             "(50) Dro. Sis certus: isti dixeris lapidi."]
    root, _ = encode("\n\n".join(verse) + "\n", "henno.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Els", "Hen", "Els", "Hen", "Dro", "Hen", "Dro"]


ERA_PIECES = st.sampled_from(["year", "YEAR", "Year", " ", "\t", "\n", "of", "OF", "ſ", "İ",
                              "ı", "AÑOS", "años", "an(n)os", "An)os", "ano", "DEL", "del",
                              "L'AN", "l’an", "De", "JAHR", "iahre", "DES", "anno", "ANNO",
                              "a", "n", "(", ")", "ñ", "Ñ", "o", "s", "x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(ERA_PIECES, max_size=14).map("".join))
def test_the_era_look_before_holds_wherever_the_era_hint_matches(text):
    """may_hold_era is what ERA_HINT needs: where it says no, ERA_HINT finds nothing, in
    any case and with the letters that match across case (ſ, ı, İ)."""
    if ERA_HINT.search(text):
        assert may_hold_era(text)


def test_an_era_clause_in_a_paragraph_is_still_dated():
    """A will's testimonium by the era ("in the year of our Lord one thousand five hundred
    and twenty-eight"): the <date when> is kept, whatever the case of its words."""
    for words in ("In the year of our Lord", "IN THE YEAR OF OUR LORD"):
        text = (f"My Will\n\nI leave my house to my son. Written {words} one thousand five "
                "hundred and twenty-eight, at London.\n")
        root, _ = encode(text, "will.txt")
        assert root.xpath("//t:body//t:date/@when", namespaces={"t": TEI}) == ["1528"], words
    assert not may_hold_era("A letter about the weather, with no clause of an era.")

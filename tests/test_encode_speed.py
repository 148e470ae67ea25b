"""Speed: the fast paths give the same master as the slow ones, in linear time.

The cases of the scouting rounds and their leftovers (espeed, espeed5, speed13), regrouped by
convention; each section is named by the round it came from. Where the inputs come from (their
provenance and licences): tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

from teikit.formats.marks import plain
from teikit.readers import blocks, eschatocol, pages
from teikit.readers.eschatocol import ERA_HINT, may_hold_era
from teikit.readers.unit import Unit

ERA_PIECES = st.sampled_from(["year", "YEAR", "Year", " ", "\t", "\n", "of", "OF", "ſ", "İ",
                              "ı", "AÑOS", "años", "an(n)os", "An)os", "ano", "DEL", "del",
                              "L'AN", "l’an", "De", "JAHR", "iahre", "DES", "anno", "ANNO",
                              "a", "n", "(", ")", "ñ", "Ñ", "o", "s", "x"])


def _old_bracketed_signatures(units, ctx) -> None:
    """The pass as it was before this round (the reference for the new one)."""
    rules = list(ctx.source.hints.rule_lines or [])
    for k, u in list(enumerate(units))[::-1]:
        if u.kind != "para" or u.span is None or k == 0:
            continue
        nxt = next((x for x in units[k + 1:] if x.kind not in ("pb", "cb")), None)
        ruled = nxt is not None and bool(u.block.lines) and bool(nxt.block.lines) and any(
            u.block.lines[-1].number < r < nxt.block.lines[0].number for r in rules)
        if nxt is not None and nxt.kind != "section" and not ruled:
            continue
        text = plain(u.span.text).strip()
        m = blocks.BRACKETED_SIGNATURE.match(text)
        if not m or not blocks.names_only(m.group("name")) or not any(
                x.kind in ("para", "turn", "list") for x in units[:k]):
            continue
        inner = u.span.strip()
        start = inner.text.find("[") + 1
        end = inner.text.rfind("]")
        u.kind, u.closing, u.span = "closer", [], inner[start:end].strip()
        ctx.fired("bracketed-signature")
        if ruled and nxt is not None:
            units.insert(units.index(nxt), Unit("section", nxt.block))


MINUTES_ESPEED5 = ("Minutes of the annual meeting held at the school house.\n\n"
           "Voted that the meeting be adjourned.\n\n[signature: D.M. McDonald]\n\n")


PIECES_ESPEED5 = ["Voted that the meeting be adjourned.", "The treasurer read his report.",
          "[signature: D.M. McDonald]", "[Signed: John Smith]", "----------", "* * *",
          "SECOND MEETING", "\f", "Page 2"]


STAMP_LETTERS = st.text(alphabet="©copyrightdigitzedbyalsanumérpgfvnCOPYRIGHTDIGBNFſıİK. \t",
                        max_size=40)


# ---------------------------------------------------------------------- espeed


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


@settings(max_examples=3000, deadline=None)
@given(st.lists(ERA_PIECES, max_size=14).map("".join))
def test_the_era_look_before_holds_wherever_the_era_hint_matches(text):
    """may_hold_era is what ERA_HINT needs: where it says no, ERA_HINT finds nothing, in
    any case and with the letters that match across case (ſ, ı, İ)."""
    if ERA_HINT.search(text):
        assert may_hold_era(text)


# ---------------------------------------------------------------------- espeed5


def test_a_signature_before_a_rule_closes_the_section_and_what_follows_is_one_of_its_own():
    root, _ = encode(MINUTES_ESPEED5 + "----------\n\n"
                     "Transcriber's notes: the page is torn at the foot.\n", "page.txt")
    assert texts(root, "//t:closer/t:signed") == ["signature: D.M. McDonald"]
    sections = xp(root, "//t:div[@type='section']")
    assert len(sections) == 2
    assert texts(sections[0], "./t:p") == ["Voted that the meeting be adjourned."]
    assert texts(sections[1], "./t:p") == ["Transcriber's notes: the page is torn at the foot."]


def test_a_signature_with_text_after_it_and_no_rule_stays_a_note():
    root, _ = encode(MINUTES_ESPEED5 + "Voted that the roads be mended.\n", "page.txt")
    assert not xp(root, "//t:closer")
    assert texts(root, "//t:note[@type='editorial']") == ["signature: D.M. McDonald"]
    assert texts(root, "//t:body//t:p")[-1] == "Voted that the roads be mended."


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES_ESPEED5), min_size=1, max_size=14))
def test_the_signature_pass_writes_what_the_quadratic_one_wrote(pieces):
    """Any run of paragraphs, signatures, rules, headings and page breaks: the master is
    byte for byte the one the pass before this round wrote."""
    text = "Minutes of a meeting\n\n" + "\n\n".join(pieces) + "\n"
    new = encode(text, "page.txt")[1].data
    kept = blocks._bracketed_signatures
    blocks._bracketed_signatures = _old_bracketed_signatures
    try:
        old = encode(text, "page.txt")[1].data
    finally:
        blocks._bracketed_signatures = kept
    assert new == old


@settings(max_examples=300)
@given(st.one_of(STAMP_LETTERS, st.text(max_size=40),
                 st.sampled_from(["© Bibliothèque nationale", "Digitized by Google",
                                  "DIGITIZED BY Google", "Digitalizado por la BNE",
                                  "numérisée par la BnF", "Source gallica.bnf.fr",
                                  "Digitalisiert von der BSB", "COPYRIGHT 1923"])))
def test_the_quick_test_passes_every_library_stamp(text):
    """What LIBRARY_STAMP finds, the quick test before it lets through (case-blind
    matching's extra letters ſ ı İ K included)."""
    if pages.LIBRARY_STAMP.search(text):
        assert pages._may_be_stamp(text)


def test_the_quick_test_stops_ordinary_lines():
    assert not pages._may_be_stamp("Voted that the meeting be adjourned.")
    assert pages._may_be_stamp("Digitized by Google")


# ---------------------------------------------------------------------- speed13


def test_the_look_for_a_formulas_verb_in_c_misses_none_the_pattern_finds():
    """A paragraph with a verb in any case, or spelt with the long s or a Turkish i (which
    match "s" and "i" when case is ignored but lower-case to other letters), is let
    through to VERB_ANYWHERE; prose without a verb is not."""
    for text in ("DONE at Geneva, 25 September 1926.", "Fait à Paris, le 5 avril 1938.",
                 "SIGNÉ à Berne", "ſigned at London", "SİGNED AT ANKARA", "sıgned at Izmir",
                 "Geſchehen zu Berlin, den 3. März 1890.", "the present Convention.DONE at"):
        assert eschatocol.VERB_ANYWHERE.search(text)
        assert eschatocol.may_hold_verb(text), text
    for text in ("The weather was fine.", "Pursuant to the rule, twenty minutes.", ""):
        assert not eschatocol.may_hold_verb(text)

"""The fast paths of encoding (issue 11): each must give what the slower look it stands
before would give, so that the masters stay byte for byte what they were."""
from __future__ import annotations

from teikit.readers import eschatocol
from teikit.readers.turns import _comebacks


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


def test_comebacks_count_a_speaker_seen_before_after_another():
    """(H) (T) (H) (T): the second H and T come back; a label repeated at once does not."""
    assert _comebacks(["H", "T", "H", "T"]) == 2
    assert _comebacks(["A", "A", "B", "A"]) == 1
    assert _comebacks([]) == 0
    slow = ["A", "B", "A", "A", "C", "B", "C"]
    assert _comebacks(slow) == sum(1 for k, x in enumerate(slow)
                                   if x in slow[:k] and slow[k - 1] != x)

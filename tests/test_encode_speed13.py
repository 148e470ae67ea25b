"""The fast paths of encoding (issue 11): each must give what the slower look it stands
before would give, so that the masters stay byte for byte what they were."""
from __future__ import annotations

from teikit.readers import eschatocol


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


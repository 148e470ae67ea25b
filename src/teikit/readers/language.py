"""Language names and a small guess from function words, for texts that do not say."""
from __future__ import annotations

import re
from collections import Counter

NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
    "russian": "ru", "chinese": "zh", "spanish": "es", "italian": "it", "polish": "pl",
    "slovene": "sl", "slovenian": "sl", "dutch": "nl", "portuguese": "pt", "japanese": "ja",
    "korean": "ko", "vietnamese": "vi", "czech": "cs", "hungarian": "hu", "romanian": "ro",
    "mongolian": "mn", "arabic": "ar", "hebrew": "he", "persian": "fa", "turkish": "tr",
    "ukrainian": "uk", "serbian": "sr", "croatian": "hr", "bulgarian": "bg", "greek": "el",
    "swedish": "sv", "norwegian": "no", "danish": "da", "finnish": "fi", "albanian": "sq",
}
LABELS = {v: k.capitalize() for k, v in reversed(list(NAMES.items()))}
LABELS.update({"sl": "Slovene", "de": "German", "fr": "French"})

FUNCTION_WORDS = {
    "en": "the of and to in that is was it for with as not on be by this are have from",
    "de": "der die und das ist nicht ich sie zu den mit ein dem es auf sich des auch eine",
    "fr": "le la les et des est que une pas pour dans qui sur du au avec il elle",
    "es": "el la los las que de y en es por una con para del se su al",
    "it": "il di che la è per non una sono del della le con si gli",
    "nl": "de het een en van is dat niet op te zijn met voor die",
    "sl": "je in da se na za so ki pa bi to tem smo ali še tudi",
    "pt": "o a os de que e do da em um uma para com não por",
}
_TABLE = {lang: set(words.split()) for lang, words in FUNCTION_WORDS.items()}
WORD = re.compile(r"[^\W\d_]+")


def ident_for(name: str) -> str | None:
    """'English' -> 'en'; None for a name teikit does not know."""
    return NAMES.get(name.strip().casefold())


def guess_language(text: str) -> tuple[str | None, str | None]:
    """(ident, name) when one language's function words clearly dominate, else (None, None)."""
    words = Counter(w.casefold() for w in WORD.findall(text[:200_000]))
    if sum(words.values()) < 20:
        return None, None
    scores = {lang: sum(words[w] for w in table) for lang, table in _TABLE.items()}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 5 or top < 2 * second:
        return None, None
    return best, LABELS.get(best, best)

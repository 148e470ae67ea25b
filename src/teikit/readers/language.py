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
    # (Polish shares "o", "a", "do" with Portuguese: without its own words a Polish text
    # whose hyphenated words are joined was read as Portuguese)
    "pl": "i w z na się nie że jest jak ale po przez dla jego oraz są być ze od",
}
_TABLE = {lang: set(words.split()) for lang, words in FUNCTION_WORDS.items()}
WORD = re.compile(r"[^\W\d_]+")


def ident_for(name: str) -> str | None:
    """'English' -> 'en'; None for a name teikit does not know."""
    return NAMES.get(name.strip().casefold())


# Scripts that name their language (or nearly): script prefix of the Unicode character
# name -> language; the letters that tell a script's other languages apart
SCRIPTS = {"CYRILLIC": "ru", "GREEK": "el", "HEBREW": "he", "ARABIC": "ar", "DEVANAGARI": "hi",
           "THAI": "th", "HANGUL": "ko", "ARMENIAN": "hy", "GEORGIAN": "ka", "CJK": "zh",
           "HIRAGANA": "ja", "KATAKANA": "ja", "BENGALI": "bn", "TAMIL": "ta", "KHMER": "km",
           "MYANMAR": "my", "ETHIOPIC": "am", "MONGOLIAN": "mn", "TIBETAN": "bo"}
SCRIPT_VARIANTS = {
    "ru": [("uk", "іїєґІЇЄҐ"), ("sr", "ђћџјљњЂЋЏЈЉЊ")],
    "ar": [("fa", "پچژگکی"), ("ur", "ٹڈڑںےھ")],
    "zh": [("ja", "ぁあいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコ")],
}
LABELS.update({"hi": "Hindi", "th": "Thai", "hy": "Armenian", "ka": "Georgian",
               "bn": "Bengali", "ta": "Tamil", "km": "Khmer", "my": "Burmese",
               "am": "Amharic", "bo": "Tibetan", "ur": "Urdu"})


def script_language(text: str) -> str | None:
    """The language a text's script says, when most of its letters are in one script other
    than Latin (function words cannot tell Russian or Chinese: they have no Latin words)."""
    import unicodedata
    counts: Counter[str] = Counter()
    letters = 0
    for ch in text[:20_000]:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        script = next((s for s in SCRIPTS if name.startswith(s)), None)
        if script:
            counts[SCRIPTS[script]] += 1
    if not counts or letters < 20:
        return None
    lang, n = counts.most_common(1)[0]
    if n * 2 < letters:
        return None
    if lang == "zh" and counts.get("ja"):
        return "ja"
    sample = text[:20_000]
    for variant, marks in SCRIPT_VARIANTS.get(lang, []):
        if sum(sample.count(ch) for ch in marks) * 200 >= n and not _russian(lang, sample, n):
            return variant
    # Bulgarian writes ъ often and never ы or э, which Russian uses all the time
    if lang == "ru" and not any(ch in sample for ch in "ыэЫЭ") and sample.count("ъ") * 100 >= n:
        return "bg"
    return lang


def _russian(lang: str, sample: str, n: int) -> bool:
    """Russian writes ы and э all the time, and before 1918 also і and ъ at word ends, which
    Ukrainian never does: a Russian text quoting old spelling is still Russian."""
    return lang == "ru" and sum(sample.count(ch) for ch in "ыэЫЭ") * 100 >= n


SAMPLE = 200_000     # what guess_language reads of a text: its first characters


def guess_language(text: str) -> tuple[str | None, str | None]:
    """(ident, name) from the script when it names the language, else when one language's
    function words clearly dominate; else (None, None)."""
    by_script = script_language(text)
    if by_script:
        return by_script, LABELS.get(by_script, by_script)
    words = Counter(w.casefold() for w in WORD.findall(text[:SAMPLE]))
    if sum(words.values()) < 20:
        return None, None
    scores = {lang: sum(words[w] for w in table) for lang, table in _TABLE.items()}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 5 or top < 2 * second:
        return None, None
    return best, LABELS.get(best, best)

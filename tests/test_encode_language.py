"""The text's language in the header: a page's `lang` code gets its name, and Russian in the
spelling before 1918 (і, ъ, ѣ) stays Russian. Derived from scout round 14: Ben-Yehuda's
Hebrew HTML letters (lang="he") and a Russian diary whose OCR quotes pre-reform spelling."""
from __future__ import annotations

from teiquery import encode, xp

RUSSIAN_DIARY = (
    "Сегодня мы долго гуляли по городу и вернулись домой только к вечеру. "
    "Крестили его в церкви, воспріемникомъ ему былъ дядя, и это было очень давно. " * 3
    + "Потом мы пили чай, и было тихо. " * 10
)
UKRAINIAN = ("Сьогодні ми довго гуляли містом і повернулися додому тільки ввечері. "
             "Це була її улюблена вулиця, і вона завжди йшла тут повільно. " * 4)


def test_russian_quoting_old_spelling_is_russian_and_ukrainian_stays_ukrainian():
    for text, ident, name in ((RUSSIAN_DIARY, "ru", "Russian"), (UKRAINIAN, "uk", "Ukrainian")):
        root, _ = encode(text, "diary.txt")
        assert xp(root, "//t:langUsage/t:language/@ident") == [ident]
        assert xp(root, "//t:langUsage/t:language/text()") == [name]


def test_a_pages_lang_code_gives_the_languages_name():
    page = ('<!DOCTYPE html><html lang="he" dir="rtl"><head><title>מכתבים</title></head>'
            "<body><main><h1>מכתבים</h1><p>אדוני הנכבד, קבלתי את מכתבך ואני שמח מאוד."
            "</p></main></body></html>")
    root, _ = encode(page, "letters.html")
    assert xp(root, "//t:langUsage/t:language/@ident") == ["he"]
    assert xp(root, "//t:langUsage/t:language/text()") == ["Hebrew"]

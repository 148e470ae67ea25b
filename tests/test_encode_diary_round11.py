"""Diaries, journals and crowd-transcription pages (scout round 11)."""
from teiquery import encode, texts, xp


def test_obsidian_comments_left_out():
    """Bashkirtseff's diary in an Obsidian vault: %% … %% comments are never text, and a
    comment above the heading does not hide it."""
    root, _ = encode("%% 087.0011 %%\n# Mercredi 24 décembre 1879\n\n%% 087.0012 %%\n"
                  "Voici l'article du Figaro.\n", "vault.md")
    assert texts(root, "//t:body//t:head") == ["Mercredi 24 décembre 1879"]
    assert not [t for t in texts(root, "//t:body//t:p") if "%%" in t]


def test_bare_numbers_are_pages_beside_markdown_footnotes():
    """A 1911 diary's student edition: [1], [2] page numbers, [^1] footnotes."""
    root, _ = encode("# APRIL 1911\n\n[1]\n\n##### THURSDAY\n**April 13th** Bessie and I "
                  "setting[^1] out.\n\n[2]\n\n##### FRIDAY\nWorked.\n\n"
                  "[^1]: Correct spelling: sitting\n", "kezia.md")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["1", "2"]
    assert xp(root, "//t:note")[0].getparent().xpath("string()").startswith("April 13th")


def test_typescript_page_head_with_running_year():
    """Mitford's notebook typescript: '1819<TAB>-2-' and OCR'd '•3-' are pages."""
    root, _ = encode("At home.\n\n1819\t-2-\nHeard from Miss James.\n\n•3-\nAt home all day.\n",
                  "typescript.txt")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["2", "3"]


def test_diary_heading_dates_carry_month_and_year():
    """Digital Mitford's journal view: <h2>Apr 1821</h2>, then <h3>Sunday April 1st</h3>."""
    root, _ = encode("<html><body><h2>Apr 1821</h2><h3>Sunday April 1st</h3><p>At home.</p>"
                  "<h3>Wednesday 4th</h3><p>Heard from Sir W. Elford.</p></body></html>",
                  "journal.html")
    whens = [d.get("when") for d in xp(root, "//t:div[@type='entry']/t:head/t:date")]
    assert whens == ["1821-04-01", "1821-04-04"]


def test_polish_genitive_month_and_year_word():
    """A Polona register of 1789: 'Zaczęty w Roku 1789. Dnia 17. Marca'."""
    from teikit.readers.dates import find_date
    assert find_date("Zaczęty w Roku 1789. Dnia 17. Marca").when == "1789-03-17"
    assert find_date("Dnia 9. Czerwca Roku 1789").when == "1789-06-09"

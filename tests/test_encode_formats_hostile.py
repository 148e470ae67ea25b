"""Hostile and unlucky sources in the structured formats (issue 8 with issue 10's promise):
each either encodes with every word kept or is refused with one line and exit 3; nothing
is fetched, nothing expanded without bound, nothing half-written."""
from __future__ import annotations

import io
import zipfile

from lxml import etree
from shared_sources import NS
from test_encode_cli import one_error, run


def _words_in(out) -> str:
    root = etree.parse(str(out)).getroot()
    return " ".join("".join(root.find("t:text", NS).itertext()).split())


def test_html_nested_deeper_than_the_parser_reads_is_refused(tmp_path):
    src = tmp_path / "deep.html"
    src.write_text("<html><body>" + "<div>" * 5000 + "deep text" + "</div>" * 5000 +
                   "</body></html>", encoding="utf-8")
    out = tmp_path / "deep.xml"
    one_error(run("encode", src, "-o", out), 3, "[too-deep]")
    assert not out.exists()


def test_html_nested_deep_within_the_limit_keeps_its_words(tmp_path):
    src = tmp_path / "deep.html"
    src.write_text("<html><body>" + "<div>" * 1500 + "deep text" + "</div>" * 1500 +
                   "</body></html>", encoding="utf-8")
    out = tmp_path / "deep.xml"
    assert run("encode", src, "-o", out).returncode == 0
    assert "deep text" in _words_in(out)


def test_markdown_nested_deeper_than_the_parser_keeps_is_refused(tmp_path):
    src = tmp_path / "deep.md"
    src.write_text(">" * 3000 + " deep\n", encoding="utf-8")
    one_error(run("encode", src, "-o", tmp_path / "deep.xml"), 3, "[too-deep]")


def test_front_matter_alias_bomb_is_not_expanded(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))
    src = tmp_path / "bomb.md"
    src.write_text(f"---\n{bomb}title: Bomb\n---\n\n# A Heading\n\nThe text.\n",
                   encoding="utf-8")
    out = tmp_path / "bomb.xml"
    proc = run("encode", src, "-o", out)
    assert proc.returncode == 0
    assert "The text." in _words_in(out)


def test_html_scripts_and_live_links_never_reach_the_master(tmp_path):
    src = tmp_path / "page.html"
    src.write_text("<html><body><h1>Page</h1><p onclick='x()'>Safe <a href='javascript:"
                   "alert(1)'>link</a> words.<script>alert(2)</script><iframe src='https://"
                   "example.org'></iframe></p></body></html>", encoding="utf-8")
    out = tmp_path / "page.xml"
    assert run("encode", src, "-o", out).returncode == 0
    data = out.read_text(encoding="utf-8")
    assert "alert" not in data and "iframe" not in data and "onclick" not in data
    assert "Safe link words." in _words_in(out)


def test_a_word_package_that_is_not_one_is_refused(tmp_path):
    src = tmp_path / "fake.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "no document here")
    src.write_bytes(buffer.getvalue())
    one_error(run("encode", src, "-o", tmp_path / "fake.xml"), 3, "[not-docx]")

"""No word of a Markdown file's front matter or HTML blocks is lost (scout rounds 11 and
12: a Venetian commission's Jekyll page, blog posts, a mail reposted as Markdown)."""
from __future__ import annotations

from teiquery import encode, texts, xp


def _fields(root) -> dict[str, str]:
    return {note.get("type"): " ".join(note.text.split())
            for note in xp(root, "//t:sourceDesc/t:bibl/t:note")}


def test_list_fields_of_front_matter_are_kept_joined():
    """A post's "tags: [ linux, unix ]" and a YAML list of keywords."""
    root, _ = encode("---\ntitle: \"A post\"\ntags: [ linux, unix ]\nkeywords:\n  - alpha\n"
                     "  - beta\n---\n\nBody text.\n", "post.md")
    fields = _fields(root)
    assert fields["tags"] == "linux; unix" and fields["keywords"] == "alpha; beta"


def test_front_matter_that_is_not_yaml_is_read_line_by_line():
    """Washington and Lee's edition of a Venetian commissione (1684): a description that
    runs on to a second line unindented is no YAML; its words are kept, its date read."""
    root, _ = encode("---\ntitle: The Commissione\nauthor: Republic of Venice\n"
                     "created-date: 1684\ndescription: This piece is a Venetian commissione "
                     "issued by Doge Marcantonio Giustinian to\nGerolimo Morosini, the "
                     "governor-elect of Verona.\nnotes: TBD\n---\n\nCommettemo à tè Nobil "
                     "Homo diletto Cittadin, et fedel nostro.\n", "commissione.md")
    fields = _fields(root)
    assert fields["description"].endswith("to Gerolimo Morosini, the governor-elect of Verona.")
    assert fields["author"] == "Republic of Venice"
    assert xp(root, "//t:creation/t:date/@when") == ["1684"]


def test_a_heading_run_into_an_html_block_keeps_its_words():
    """A mail reposted as Markdown: "<p>Intro line</p>" with "# Heading after html" on the
    next line is one HTML block (CommonMark runs it to a blank line); its words are kept."""
    root, _ = encode("<p>Intro line</p>\n# Heading after html\n\nBody.\n", "mail.md")
    words = " ".join(texts(root, "//t:body") + texts(root, "//t:titleStmt/t:title"))
    assert "Heading after html" in words and "Intro line" in words


def test_a_menu_of_links_over_a_post_is_navigation_and_its_bars_no_line_ends():
    """Satoshi Nakamoto's mails as a site's Markdown pages: "Index | Previous | Next" over
    the heading is the site's menu (left out, never the title), and its bars and a byline's
    ("Satoshi Nakamoto | 2008-11-03 …") mark no line ends of a transcription."""
    root, result = encode('<p><small>\n\t<a href="/">Index</a> | <a href="/1">Previous</a> | '
                          '<a href="/3">Next</a></small>\n  </p>\n# Re: Bitcoin P2P e-cash '
                          'paper\n\n<p><small>Satoshi Nakamoto | <em>2008-11-03 01:37:43 UTC'
                          '</em></small></p>\n\nIt does not seem to scale.\n', "mail.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Re: Bitcoin P2P e-cash paper"]
    assert [left.code for left in result.left_out] == ["navigation"]
    assert not xp(root, "//t:body//t:lb")

"""Round 38 of the scouting (/work/scout/REPORT38.md): diplomatic cables (the WikiLeaks
cablegate viewer pages, State telegrams 1966-2010), a CIA dispatch converted to Markdown by a
PDF converter, and raw-OCR NARA JFK-release memoranda. The inputs are written for these tests
in the forms of the scouts' documents (public-domain U.S. government records): the words are
new or shortened, the forms theirs."""
from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from teiquery import encode, encoded_valid, texts, xp

from teikit.formats.urls import safe_target

# ------------------------------------------------------------ malformed link targets (F13)


def test_a_doubled_scheme_is_kept_as_the_links_words_not_a_crash():
    """href="http://http://www.spiegel.de": libxml2 reads "http:" as the host with an empty
    port and rejects the anyURI; the master keeps the words as a link segment."""
    root, result = encode('<html><body><p>Appears in these articles: <a href="http://http://'
                          'www.spiegel.de">spiegel.de</a></p><p>Text of the page, which is a '
                          'sentence.</p></body></html>', "cable.html")
    assert not xp(root, "//t:body//t:ref")
    assert texts(root, "//t:body//t:seg[@type='link']") == ["spiegel.de"]
    assert [d.code for d in result.diagnostics if "http://http://" in d.message] == [
        "link-target"]


def test_the_targets_the_validators_reject_are_not_safe():
    for bad in ("http://http://x.org", "http://a:b/", "http://a/%zz", "a#b#c", "http://a/<x>",
                "http://a[b]/", "http://a:80:90/", "javascript:alert(1)", "http://a b/"):
        assert not safe_target(bad), bad
    for good in ("http://a:80/", "https://example.org/a?b=c#d", "mailto:a@b.org", "#n1",
                 "../page.html", "http://[::1]/", "https://ru.wikipedia.org/wiki/Москва"):
        assert safe_target(good), good


HOSTILE = st.builds(
    lambda scheme, body: scheme + body,
    st.sampled_from(["http://", "http://http://", "https://", "https://:", "mailto:", "ftp://",
                     "", "#", "//", "http://[", "HTTP://"]),
    st.text(alphabet="ab.:/[]@%#?&=<>\"'{}|\\^`ü é-_~09", max_size=24))


def _forms(url: str) -> dict[str, str]:
    words = "the cable"
    return {
        "page.html": f'<html><body><p>See <a href="{html.escape(url, quote=True)}">{words}</a>'
                     " for more.</p></body></html>",
        "page.md": f"See [{words}](<{url}>) for more.\n",
        "page.org": f"See [[{url}][{words}]] for more.\n",
        "page.rst": f"See `{words} <{url}>`_ for more.\n",
        "page.tex": "\\documentclass{article}\\begin{document}See \\href{" + url + "}{"
                    + words + "} for more.\\end{document}\n",
        "page.adoc": f"See link:++{url}++[{words}] for more.\n",
        "page.wiki": f"See [{url} {words}] for more.\n",
        "page.txt": f"See {url} for more.\n",
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, st.sampled_from(["page.html", "page.md", "page.org", "page.rst", "page.tex",
                                  "page.adoc", "page.wiki", "page.txt"]))
def test_no_link_target_in_any_format_makes_an_invalid_master(url, name):
    """Every format that takes links: whatever the address, the master validates (encode
    refuses what its schema rejects) and a kept @target is one the validators accept."""
    out = encoded_valid(None, _forms(url)[name], name)
    assert out is not None
    _, root = out
    for target in xp(root, "//@target"):
        assert safe_target(target) or target.startswith("#"), target

"""Issue 8: nested e-mail quotes. A reply quoting a reply (">>" or "> >" under ">") is a
<quote> inside the <quote>; the attribution line over a quotation ("X wrote:") is a
paragraph of the reply's own before it."""
from __future__ import annotations

from teiquery import encode, texts


def test_a_reply_quoting_a_reply_nests_the_quotes():
    """Nakamoto's reply on the cryptography list (2008), reposted in <pre>: James A.
    Donald's ">" quoting Nakamoto's first mail with ">>"."""
    root, _ = encode("# Re: Bitcoin P2P e-cash paper\n\n<pre>>Satoshi Nakamoto wrote:\n"
                     ">> I've been working on a new electronic cash system that's fully\n"
                     ">> peer-to-peer, with no trusted third party.\n>>\n"
                     ">> The paper is available at:\n>\n"
                     ">We very, very much need such a system.\n>\n\nLong before the network "
                     "gets anywhere near as large as that.\n\nSatoshi Nakamoto\n</pre>\n",
                     "reply.md")
    assert texts(root, "//t:div/t:quote/t:p") == ["Satoshi Nakamoto wrote:",
                                                  "We very, very much need such a system."]
    assert texts(root, "//t:quote/t:quote/t:p") == [
        "I've been working on a new electronic cash system that's fully peer-to-peer, "
        "with no trusted third party.", "The paper is available at:"]
    assert "Long before the network gets anywhere near as large as that." in texts(
        root, "//t:div/t:p")


def test_spaced_marks_nest_and_the_attribution_is_a_paragraph_before_the_quote():
    """A plain-text reply in the LKML manner (Linus Torvalds, "Re: Scaling noise", 2003):
    "On …, X wrote:" right over the quoted lines, "> >" quoting the mail that one answered."""
    root, _ = encode("From: Linus Torvalds <torvalds@osdl.org>\nDate: Thu, 4 Sep 2003 "
                     "08:12:40 -0700\nSubject: Re: Scaling noise\n\n"
                     "On Wed, 3 Sep 2003, Martin J. Bligh wrote:\n"
                     "> > Am I missing something about openmosix?\n>\n"
                     ">From what I've seen, it needs a redesign.\n\n"
                     "I agree.\n\nLinus\n")
    assert texts(root, "//t:div/t:p")[0] == "On Wed, 3 Sep 2003, Martin J. Bligh wrote:"
    quote = root.xpath("//t:div/t:quote", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert len(quote) == 1
    assert quote[0].getprevious().text == "On Wed, 3 Sep 2003, Martin J. Bligh wrote:"
    assert texts(root, "//t:quote/t:quote/t:p") == ["Am I missing something about openmosix?"]
    assert texts(root, "//t:div/t:quote/t:p") == ["From what I've seen, it needs a redesign."]
    assert "I agree." in texts(root, "//t:div/t:p")


def test_a_plain_text_mail_with_many_quoted_lines_is_not_markdown():
    """A cryptography-list reply saved as .txt (James A. Donald quoting Nakamoto, 2008):
    its "> " lines are the mail's quoting, not Markdown's block quotes, so they nest."""
    root, _ = encode("From: James A. Donald <jamesd@echeque.com>\nDate: Mon, 3 Nov 2008 "
                     "01:37:43 -0800\nSubject: Re: Bitcoin P2P e-cash paper\n\n"
                     "James A. Donald wrote:\n> Satoshi Nakamoto wrote:\n"
                     "> > I've been working on a new electronic cash system.\n> >\n"
                     "> > The paper is available.\n>\n> We very much need such a system.\n>\n"
                     "> For transferable proof of work tokens.\n\n"
                     "Long before the network gets large.\n\nSatoshi\n", "reply.txt")
    assert texts(root, "//t:div/t:p")[0] == "James A. Donald wrote:"
    assert texts(root, "//t:div/t:quote/t:p") == [
        "Satoshi Nakamoto wrote:", "We very much need such a system.",
        "For transferable proof of work tokens."]
    assert texts(root, "//t:quote/t:quote/t:p") == [
        "I've been working on a new electronic cash system.", "The paper is available."]

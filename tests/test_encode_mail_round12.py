"""Round 12 (scout REPORT12): e-mail and Usenet archives, and transcripts set one sentence
a line with each speaker's label alone on its line (the Canadian aligned Hansard)."""
from __future__ import annotations

from teiquery import encode, texts


def test_labels_alone_on_their_lines_open_turns_without_blank_lines():
    """Canadian Hansard, 36th Parliament, sitting 121a (aligned corpus, one sentence a line)."""
    root, _ = encode("HOUSE OF COMMONS\nThursday, June 18, 1998\nThe House met at 9.50 p.m.\n"
                     "The Speaker:\nOrder, please.\nI have the honour to inform the House.\n"
                     "Mr. Richard M. Harris (Prince George-Bulkley Valley, Ref.):\n"
                     "Mr. Speaker, why does the government do it?\nSome hon. members:\n"
                     "Oh, oh.\nTHE ROYAL ASSENT\nThe Speaker:\nThe hon. member for Laval.\n")
    assert texts(root, "//t:sp/t:speaker") == [
        "The Speaker", "Mr. Richard M. Harris (Prince George-Bulkley Valley, Ref.)",
        "Some hon. members", "The Speaker"]
    assert texts(root, "//t:sp[1]/t:p") == ["Order, please.",
                                            "I have the honour to inform the House."]
    assert "THE ROYAL ASSENT" not in " ".join(texts(root, "//t:sp//t:p"))


def test_a_french_label_alone_with_blank_lines():
    """Hansard révisé 170a (Chambre des communes, 1998): « Le Président: » and « Des voix: »."""
    root, _ = encode("CHAMBRE DES COMMUNES\n\nLe Président:\n\nÀ l'ordre, s'il vous plaît.\n\n"
                     "Des voix:\n\nBravo!\n\nLe Président:\n\nLa Chambre s'ajourne.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Le Président", "Des voix", "Le Président"]


def test_a_mail_header_is_a_list_of_fields_with_title_and_two_digit_year_date():
    """Torvalds' comp.os.minix post (Usenet, 1991): RFC 822 header, "91" is 1991."""
    root, _ = encode("Path: gmdzi!unido!klaava!torvalds\nFrom: torvalds@klaava.Helsinki.FI "
                     "(Linus Benedict Torvalds)\nNewsgroups: comp.os.minix\nSubject: What "
                     "would you like to see most in minix?\nDate: 25 Aug 91 20:57:08 GMT\n\n"
                     "Hello everybody out there using minix.\n\nLinus\n")
    assert texts(root, "//t:body//t:list[@type='fields']/t:item")[3].startswith("Subject:")
    assert texts(root, "//t:titleStmt/t:title") == ["What would you like to see most in minix?"]
    assert root.xpath("//t:creation/t:date/@when", namespaces={
        "t": "http://www.tei-c.org/ns/1.0"}) == ["1991-08-25"]


def test_quoted_lines_are_a_quote_and_the_mbox_escape_is_undone():
    """LKML, Martin J. Bligh, "Re: Scaling noise" (2003): header continued with a tab,
    "> " quoting, ">From" as mbox writes "From" at a line's start."""
    root, _ = encode("Date: Wed, 03 Sep 2003 19:50:07 -0700\nFrom: \"Martin J. Bligh\" "
                     "<mbligh@aracnet.com>\nSubject: Re: Scaling noise\nReceived: from "
                     "obsidian.spiritone.com\n\tby vger.kernel.org with ESMTP\n\n"
                     "> Am I missing something, but why hasn't openmosix been brought into "
                     "this\n> discussion?\n\n>From what I've seen, it needs a redesign.\n\nM.\n")
    assert texts(root, "//t:body//t:quote/t:p") == [
        "Am I missing something, but why hasn't openmosix been brought into this discussion?"]
    assert "From what I've seen, it needs a redesign." in texts(root, "//t:body//t:p")
    assert texts(root, "//t:list[@type='fields']/t:item")[-1] == (
        "Received: from obsidian.spiritone.com by vger.kernel.org with ESMTP")


def test_pre_in_markdown_keeps_its_lines_and_paragraphs():
    """Kamp's "bike shed" mail (FreeBSD, 1999) reposted in a Jekyll page inside <pre>."""
    root, _ = encode("## Mail\n\n<pre>\nSubject: A bike shed\nFrom: Poul-Henning Kamp "
                     "&lt;phk@freebsd.org&gt;\nDate: Sat, 02 Oct 1999 16:14:10 +0200\n\n"
                     "My last pamphlet was sufficiently well received that I was not\n"
                     "scared away from sending another one.\n\nPoul-Henning\n</pre>\n", "bike.md")
    assert texts(root, "//t:list[@type='fields']/t:item")[0] == "Subject: A bike shed"
    assert "My last pamphlet was sufficiently well received that I was not scared away " \
        "from sending another one." in texts(root, "//t:body//t:p")
    assert texts(root, "//t:closer/t:signed") == ["Poul-Henning"]


def test_quoted_mail_in_a_markdown_pre_is_a_quote_of_paragraphs():
    """Nakamoto's reply on the cryptography list (2008), reposted in <pre>: ">" and ">>"
    quoting, a line of marks alone between the quoted paragraphs."""
    root, _ = encode("# Re: Bitcoin P2P e-cash paper\n\n<pre>>Satoshi Nakamoto wrote:\n"
                     ">> I've been working on a new electronic cash system.\n>\n"
                     ">We very, very much need such a system.\n\nLong before the network "
                     "gets anywhere near as large as that.\n\nSatoshi Nakamoto\n</pre>\n",
                     "reply.md")
    quoted = texts(root, "//t:div/t:quote/t:p")      # (">>": a quote in it, issue 8)
    assert len(quoted) == 2 and quoted[0].startswith("Satoshi Nakamoto wrote:")
    assert quoted[1] == "We very, very much need such a system."
    assert ">" not in "".join(quoted)
    assert "Long before the network gets anywhere near as large as that." in texts(
        root, "//t:body//t:p")

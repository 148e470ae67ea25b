"""Letter parts that round 13 found missed in documents already gathered (issue 8): a
mail's signature, a letter read into a record, several letters in one Word file. One
small real-world-derived example per rule; every example is also checked for valid output
(encode refuses a master its schema rejects)."""
from __future__ import annotations

from teiquery import encode, texts


def test_mail_signature_with_the_senders_address_over_a_postscript():
    """Linus Torvalds's comp.os.minix announcement (1991): the name with the address in
    brackets, then "PS." — a signature and a postscript."""
    root, _ = encode("Hello everybody out there using minix -\n\n"
                     "I'm doing a (free) operating system (just a hobby, won't be big and\n"
                     "professional like gnu) for 386(486) AT clones.\n\n"
                     "\t\tLinus (torva...@kruuna.helsinki.fi)\n\n"
                     "PS.  Yes - it's free of any minix code, and it has a multi-threaded fs.\n")
    assert texts(root, "//t:closer/t:signed") == ["Linus (torva...@kruuna.helsinki.fi)"]
    assert len(root.findall(".//{http://www.tei-c.org/ns/1.0}postscript")) == 1


def test_mailing_list_footer_under_the_signature_is_no_signature():
    """Satoshi Nakamoto's reply on the Cryptography list (2008): the name, a rule, the
    list's footer — the name is signed, the footer a note of the source."""
    root, _ = encode("Long before the network gets anywhere near as large as that, it "
                     "would be safe for users to use Simplified Payment Verification.\n\n"
                     "Satoshi Nakamoto\n\n"
                     "-----------------------------------------------------------------\n"
                     "The Cryptography Mailing List\n"
                     "Unsubscribe by sending \"unsubscribe cryptography\" to majordomo at "
                     "metzdowd.com\n\n"
                     "Tagged With: hash cash, proof-of-work, double-spend, peer-to-peer\n")
    assert texts(root, "//t:closer/t:signed") == ["Satoshi Nakamoto"]
    assert texts(root, "//t:note[@type='source']")[0].startswith("The Cryptography Mailing")

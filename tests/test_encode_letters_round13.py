"""Letter parts that round 13 found missed in documents already gathered (issue 8): a
mail's signature, a letter read into a record, several letters in one Word file. One
small real-world-derived example per rule; every example is also checked for valid output
(encode refuses a master its schema rejects)."""
from __future__ import annotations

from teiquery import encode, texts, xp


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


def test_letter_read_into_a_turn_of_the_record():
    """Canadian Hansard, 18 June 1998 (Royal Assent): the Speaker reads the Governor
    General's secretary's letter, line by line in the turn."""
    root, _ = encode("THE ROYAL ASSENT\n\nThe Speaker:\nOrder, please.\n"
                     "I have the honour to inform the House that a communication has been "
                     "received as follows:\nGovernment House\nJune 18, 1998\nMr. Speaker:\n"
                     "I have the honour to inform you that the Honourable Ian Binnie will "
                     "proceed to the Senate Chamber today.\nYours sincerely,\n"
                     "Judith A. LaRocque\nSecretary to the Governor General\n\n* * *\n\n"
                     "The Speaker:\nI have the honour to inform the House that a message "
                     "has been received.\n")
    assert texts(root, "//t:floatingText//t:opener/t:salute") == ["Mr. Speaker:"]
    assert texts(root, "//t:floatingText//t:closer/t:signed") == [
        "Judith A. LaRocqueSecretary to the Governor General"]   # (<lb/> between)
    assert texts(root, "//t:sp[1]/t:p")[-1].endswith("as follows:")


def test_letter_with_its_salutation_run_in_quoted_in_a_speech():
    """Congressional Record, 28 January 1997 (S693): Senator Grassley has the IRS's letter
    printed, its salutation run into its first sentence."""
    root, _ = encode("  Mr. GRASSLEY. Mr. President, we have had a victory with the IRS, "
                     "and I ask that the letter be printed in the Record.\n\n"
                     "  Department of the Treasury,\n\n  Internal Revenue Service,\n\n"
                     "  Washington, DC, January 28, 1997.\n\n"
                     "  Dear Senator Grassley: In your December 31, 1996 letter, you asked "
                     "me how farmers could comply with the Service's position.\n\n"
                     "  I hope this information is helpful to you.\n\n"
                     "  Sincerely,\n  Margaret Milner Richardson.\n\n"
                     "  Mr. GRASSLEY. Mr. President, I yield the floor, as the letter "
                     "shows what the farmers were asking for.\n")
    assert texts(root, "//t:floatingText//t:opener/t:salute") == ["Dear Senator Grassley:"]
    assert texts(root, "//t:floatingText//t:closer/t:signed") == ["Margaret Milner Richardson."]
    assert texts(root, "//t:floatingText//t:opener/t:dateline") == [
        "Washington, DC, January 28, 1997."]


def test_name_between_slashes_is_the_typed_signature():
    """A Polish school's request to the PZPR Central Committee (1955, Polona): the office,
    then the name typed between slashes."""
    root, _ = encode("SEKRETARIAT KOMITETU CENTRALNEGO PZPR w/m.\n\n"
                     "Prosimy o pozytywne ustosunkowanie się do naszego wniosku i o "
                     "przydzielenie środków na wycieczkę.\n\n"
                     "Dyrekcja C.S.PZPZ im.J.Marchlewskiego\n\n/C.Budzyńska/\n")
    assert texts(root, "//t:closer/t:signed") == ["/C.Budzyńska/"]


def test_salutation_with_its_comma_glued_to_the_text():
    """Pasteur to his parents, 14 June 1841, as transcribed: "Mes chers parens,vous ai pas
    encore répondu …" (the line end lost after the salutation)."""
    root, _ = encode("Besançon, le 14 juin 1841.\n\n"
                     "Mes chers parens,vous ai pas encore répondu parce que je n'avais rien "
                     "d'intéressant à vous apprendre.\n\n"
                     "Adieu, je vous aime et vous embrasse tous.\n\nPASTEUR.\n")
    assert texts(root, "//t:opener/t:salute") == ["Mes chers parens,"]


def test_letters_of_one_file_apart_at_their_marks_with_the_outer_leaf():
    """Suriano's despatches from Stuttgart, 9 July 1616, as the edition's Word file gives
    them: a "/START LETTER/" line before each, the salutation under a page break, and
    under the signature the outer leaf: its address, the seal's trace, the summary."""
    root, _ = encode("/START LETTER/\n\nn. 23\n\n--- page 071r---\n\nPrima |\n\n"
                          "Serenissimo Principe |\n\n"
                          "nel venirmene in questa città, ove arrivai lunedì, mi è convenuto "
                          "metter qualche giorno di più nel camino. Gratie etc.\n\n"
                          "di vostra Serenità |\n\nhumilissimo, et devotissimo servitore |\n\n"
                          "Christofforo Suriano |\n\n--- page 074v---\n\n"
                          "Al serenissimo principe di Venetia |\n\nprima |\n\n"
                          "Traccia di sigillo\n\n9 luglio 1616 ricevute 22 detto |\n\n"
                          "/START LETTER/\n\nn. 24\n\n--- page 075r---\n\n2da |\n\n"
                          "Serenissimo Principe |\n\n"
                          "entrò l’arciduca Leopoldo martedì sera in questa città "
                          "accompagnato dal signor Duca. Gratie etc.\n\n"
                          "di vostra Serenità |\n\nhumilissimo, et devotissimo servitore |\n\n"
                          "Christofforo Suriano |\n", "suriano.txt")
    def bare(found: list[str]) -> list[str]:      # (the bars at the line ends as read)
        return [text.rstrip(" |") for text in found]
    assert bare(texts(root, "//t:div[@type='letter']/t:opener/t:salute")) == [
        "Serenissimo Principe", "Serenissimo Principe"]
    assert bare(texts(root, "//t:closer/t:signed")) == ["Christofforo Suriano"] * 2
    assert bare(texts(root, "//t:note[@type='endorsement']")) == [
        "prima", "Traccia di sigillo", "9 luglio 1616 ricevute 22 detto"]
    assert "START LETTER" not in "".join(xp(root, "//t:text")[0].itertext())

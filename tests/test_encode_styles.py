"""Each source style and the generic rules on texts other than the seeds: letters, memos,
plays, FRUS copies, and what each style is detected as."""
from __future__ import annotations

import pytest
from lxml import etree
from shared_sources import xp

from teikit import encode_file, encode_text

from conftest import shared_path

LETTER = """Letter from John Smith to the Editor of The Times

London, 3 May 1921.

Dear Sir,

I write to you about the matter [of the bridge] which was discussed at the meeting of the
council last week. The proposal, as it stands, would cost the borough some £40,000, a sum
which the ratepayers can ill afford.[1]

Yours faithfully,

John Smith

[1] The figure given in the council minutes is £38,500.
"""

MEMO = """MEMORANDUM FOR THE RECORD

Washington, March 3, 1962, 4:15-5:30 p.m.

SUBJECT
Meeting with the Secretary

PARTICIPANTS
The Secretary
Mr. Harriman

The Secretary opened the meeting by asking about Laos.

Harriman: The situation is bad. We need [2 words illegible] action.

The Secretary: What do you propose?

Harriman: A conference.

[Here follows discussion of Vietnam.]

(The meeting ended at 5:30.)

Roger Hilsman
"""

PLAY = """Die Probe

DER PRINZ
(an einem Tische.)
Klagen, nichts als Klagen!

CONTI.
Prinz, die Kunst geht nach Brot.

Zweiter Auftritt

DER PRINZ
Guten Morgen, Conti.
"""


def tree(text, **kw):
    result = encode_text(text, **kw)
    return result, etree.fromstring(result.data)


def test_letter_parts():
    result, root = tree(LETTER)
    assert result.style == "generic"
    assert xp(root, "//t:opener/t:salute/text()") == ["Dear Sir,"]
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1921-05-03"]
    assert xp(root, "//t:closer/t:salute/text()") == ["Yours faithfully,"]
    assert xp(root, "//t:closer/t:signed/text()") == ["John Smith"]
    para = xp(root, "//t:body//t:p")[0]
    assert "meeting of the council" in "".join(para.itertext())     # wrapped lines joined
    assert xp(para, "t:note/@n") == ["1"]
    assert xp(root, "string(//t:titleStmt/t:title)") == \
        "Letter from John Smith to the Editor of The Times"


def test_memo_lists_turns_gaps_stage():
    _, root = tree(MEMO)
    assert xp(root, "//t:list/@type") == ["subject", "participants"]
    assert xp(root, "//t:list[@type='participants']/t:item/text()") == [
        "The Secretary", "Mr. Harriman"]
    assert xp(root, "//t:sp/t:speaker/text()") == ["Harriman", "The Secretary", "Harriman"]
    time = xp(root, "//t:dateline/t:time")[0]
    assert (time.get("from"), time.get("to")) == ("16:15:00", "17:30:00")
    gap = xp(root, "//t:gap[@reason='illegible']")[0]
    assert (gap.get("quantity"), gap.get("unit")) == ("2", "words")
    omitted = xp(root, "//t:gap[@reason='omitted']")[0]
    assert omitted.getparent().getparent().tag.endswith("div")   # not inside the last turn
    assert xp(root, "//t:div/t:stage/text()") == ["(The meeting ended at 5:30.)"]
    assert xp(root, "//t:closer/t:signed/text()") == ["Roger Hilsman"]


def test_play_layout():
    _, root = tree(PLAY)
    assert xp(root, "//t:sp/t:speaker/text()") == ["DER PRINZ", "CONTI", "DER PRINZ"]
    assert xp(root, "//t:sp[1]/t:stage/text()") == ["(an einem Tische.)"]
    assert xp(root, "//t:div/t:p/text()") == ["Zweiter Auftritt"]


def test_label_used_once_is_not_a_speaker():
    _, root = tree("Report\n\nComment: This is a field.\n\nSummary: and this one.\n\n"
                   "Lansdale memo: Jibes with our views.\n")
    assert not xp(root, "//t:sp")


@pytest.mark.shared
@pytest.mark.parametrize("name,style", [
    ("frus/frus1961-63v01-d5.txt", "frus"),
    ("frus/frus1949v07p2-d176.txt", "frus"),
    ("other/hac-1957/1957-hac-minutes-transcript.txt", "generic"),
    ("other/dracor/lessing-emilia-galotti.txt", "generic"),
])
def test_style_detection(name, style):
    assert encode_file(shared_path("corpus", *name.split("/"))).style == style


@pytest.mark.shared
def test_frus_1940s_file_number_and_received_line():
    result = encode_file(shared_path("corpus", "frus", "frus1949v07p2-d176.txt"))
    root = etree.fromstring(result.data)
    assert xp(root, "//t:div/t:note[@place='inline']/text()") == ["894.602/12–1649: Airgram"]
    dateline = xp(root, "//t:opener/t:dateline")[0]
    assert xp(dateline, "t:supplied/text()") == ["Received December 26—2:02 p. m."]
    assert len(xp(root, "//t:quote/t:p")) == 4
    assert xp(root, "//t:closer/t:signed/text()") == ["Sebald"]
    bibl = xp(root, "//t:sourceDesc/t:bibl")[0]
    assert xp(bibl, "t:biblScope[@unit='page']/@from") == ["918"]

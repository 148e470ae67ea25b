"""Issue 8 review (mend): a Markdown footnote label defined twice no longer makes a master
teikit's schema refuses (a repeated marker of the earlier definition pointed at nothing),
and `teikit validate` warns of TEI's att.datable.w3c constraints (date-together).

The inputs are short texts written for these tests, in the shape the review gave; the
validate cases edit the sample edition's master, as tests/test_validate.py does."""
from __future__ import annotations

from teiquery import encode, xp
from test_validate import lines, mutated

from teikit import validate_file

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _notes(root) -> list[tuple[str, str]]:
    return [(n.get("n"), "".join(n.itertext())) for n in xp(root, "//t:body//t:note")]


def _targets(root) -> dict[str, str]:
    return {n.get(XML_ID): "".join(n.itertext()) for n in xp(root, "//t:body//t:note")}


def test_a_repeated_marker_of_an_earlier_definition_points_at_its_note():
    root, _ = encode("# T\n\nText one[^1] and two[^2] and three[^1].\n\n[^1]: First note.\n"
                     "[^2]: Second note see also[^1].\n[^1]: Again one.\n", "i.md")
    assert _notes(root) == [("3", "First note."), ("2", "Second note see also[1]."),
                            ("1", "Again one.")]
    ptrs = xp(root, "//t:body//t:ptr[@type='noteAnchor']")
    assert [(p.get("n"), _targets(root)[p.get("target")[1:]]) for p in ptrs] == [
        ("3", "First note.")]


def test_an_earlier_definition_keeps_a_number_of_its_own_when_its_label_is_taken():
    root, _ = encode("# T\n\nText one[^1] and two[^2].\n\n[^1]: First note.\n"
                     "[^2]: Second note see also[^1].\n[^1]: Again one.\n", "j.md")
    assert _notes(root) == [("3", "First note."), ("2", "Second note see also[1]."),
                            ("1", "Again one.")]
    assert not xp(root, "//t:body//t:ptr")


def test_an_earlier_definition_gets_its_label_back_when_no_other_note_has_it():
    root, _ = encode("# T\n\nOne[^2] and two[^2] and three[^3].\n\n[^2]: Early two.\n"
                     "[^3]: Three.\n[^2]:\n", "k.md")
    # (the definition Markdown keeps is empty: it and its markers are left out, reported)
    assert _notes(root) == [("3", "Three."), ("2", "Early two.")]
    assert xp(root, "//t:body//t:note[@n='2']/@xml:id") == ["n2"]


def test_an_unreferenced_earlier_definition_is_told_apart_by_its_number():
    root, _ = encode("Title\n=====\n\nOne[^1] two[^2] three[^3].\n\n[^1]: Note one.\n"
                     "[^2]: Early duplicate.\n[^2]: Note two.\n[^3]: Note three.\n", "f.md")
    assert _notes(root) == [("1", "Note one."), ("2", "Note two."), ("3", "Note three."),
                            ("4", "Early duplicate.")]


# ---------------------------------------------------------------------- validate

def test_when_beside_bounds_is_warned_in_teis_words(tmp_path):
    path = mutated(tmp_path, [('<date when="1945-07-09">9 July',
                               '<date when="1945-07-09" notBefore="1945-07-01">9 July')])
    result = validate_file(path)
    assert result.valid
    assert lines(result) == [
        f'{path}:87:45: warning: The @when attribute cannot be used with any other '
        'att.datable.w3c attributes (@when="1945-07-09" and @notBefore="1945-07-01" on '
        '<date>); give the date or its bounds, not both [date-together]']


def test_bounds_out_of_order_are_an_error_and_when_beside_them_a_warning(tmp_path):
    path = mutated(tmp_path, [('<date when="1945-07-09">9 July',
                               '<date notBefore="1945" notAfter="1944-12">9 July')])
    result = validate_file(path)
    assert not result.valid
    assert lines(result) == [
        f'{path}:87:27: error: @notBefore="1945" on <date> is after @notAfter="1944-12"; a '
        'range must not end before it starts [date-order]']


def test_bounds_in_order_and_without_when_are_quiet(tmp_path):
    path = mutated(tmp_path, [('<date when="1945-07-09">9 July',
                               '<date notBefore="1945-07" notAfter="1945-07-31">9 July')])
    result = validate_file(path)
    assert result.valid and lines(result) == []

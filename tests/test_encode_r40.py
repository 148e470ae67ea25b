"""Round 40's findings: Word transcriptions typed page by page (a centred page number over
the page's heading, soft breaks inside a heading) and Russian Wikisource acts (a closer
before an annex after "----", headings with <br>, letter-spaced templates).

The Word inputs are written here in the form of the survey field books' transcriptions
(backbone-ridge/military-lots, town/ovid/docx, 1790 public survey records, public domain;
scout round 40, /work/scout/corpus40); the wikitext ones in the form of the Kremlin acts of
Russian Wikisource (vlsergey/kremlin2wikisource, official acts, not copyrighted under Civil
Code Art. 1259)."""
from __future__ import annotations

from lxml import etree
from teiquery import docx_bytes, encode, texts, xp

from teikit.encode import encode_file
from teikit.header import Edition


def _para(text: str, align: str = "", page_break_before: bool = False) -> str:
    props = ("<w:pageBreakBefore/>" if page_break_before else "") + \
        (f'<w:jc w:val="{align}"/>' if align else "")
    runs = "<w:r><w:br/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r>' for line in text.split("\n"))
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{runs}</w:p>"


BOUNDS = ("Begining at the SE Corner at a Hard Maple Stake standing 26 Links on a Course of "
          "South 64 West from an Iron wood Tree Marked on the NW Side No. 11.")


def _docx(tmp_path, body: str):
    src = tmp_path / "page.docx"
    src.write_bytes(docx_bytes(body))
    result = encode_file(src, edition=Edition())
    return etree.fromstring(result.data), result


def test_docx_centred_page_number_is_a_page_break_not_the_heading(tmp_path):
    root, result = _docx(tmp_path, _para("12", "center") + _para("")
                         + _para("Lot No. 10\nEast bounds of lot No. 10") + _para(BOUNDS)
                         + _para("Chs Lks") + _para("39 Crossed a Brook - Soil good."))
    assert result.source_format == "docx"
    body = xp(root, "//t:body/t:div")[0]
    assert [etree.QName(el).localname for el in body][:2] == ["pb", "head"]
    assert xp(root, "//t:pb/@n") == ["12"]
    head = xp(root, "//t:body//t:head")[0]
    assert head.text == "Lot No. 10" and [etree.QName(el).localname for el in head] == ["lb"]
    assert head[0].tail == " East bounds of lot No. 10"
    assert texts(root, "//t:titleStmt/t:title") == ["Lot No. 10 East bounds of lot No. 10"]
    assert texts(root, "//t:body//t:p")[0] == BOUNDS


def test_docx_page_number_at_the_foot_and_after_a_page_break(tmp_path):
    root, _ = _docx(tmp_path, _para("North Bounds of lot No. 2") + _para(BOUNDS)
                    + _para("- 3 -", "center") + _para("4", "right", page_break_before=True)
                    + _para(BOUNDS.replace("SE", "NW")) + _para("5", "center"))
    assert xp(root, "//t:pb/@n") == ["3", "4", "5"]
    assert texts(root, "//t:body//t:p") == [BOUNDS, BOUNDS.replace("SE", "NW")]


def test_docx_number_without_the_evidence_stays_text(tmp_path):
    # a "1" opening the document is a section's number; a number ranged left, or in the
    # middle of a page, no page's
    root, _ = _docx(tmp_path, _para("1", "center") + _para(BOUNDS) + _para("7")
                    + _para(BOUNDS) + _para("8", "center") + _para(BOUNDS))
    assert xp(root, "//t:pb") == []
    assert "7" in texts(root, "//t:body//t:p") and "8" in texts(root, "//t:body//t:p")


def test_plain_text_heading_lines_are_still_joined():
    root, _ = encode("Lot No. 10\nEast bounds of lot No. 10\n\n" + BOUNDS + "\n")
    assert texts(root, "//t:body//t:head") == ["Lot No. 10 East bounds of lot No. 10"]
    assert xp(root, "//t:head/t:lb") == []


ORDER = """{{Распоряжение Президента РФ
| НОМЕР          = 484-рп
| ДАТА           = 08.10.2002
| НАЗВАНИЕ       = О заключении Соглашения между Российской Федерацией и Республикой Таджикистан
}}<div class="text">

1. Одобрить представленный ФПС России, согласованный с МИДом России, Минюстом России, \
Минимуществом России, ФСБ России и предварительно проработанный с Таджикистанской Стороной \
проект Соглашения между Российской Федерацией и Республикой Таджикистан о порядке передачи \
Республике Таджикистан участка государственной границы (прилагается).

2. Поручить ФПС России провести переговоры с Таджикистанской Стороной и по достижении \
договоренности подписать от имени Российской Федерации Соглашение, указанное в пункте 1 \
настоящего распоряжения.

{{Подпись|Президент Российской Федерации|В.Путин}}

{{left|8 октября 2002 года}}
{{left|№ 484-рп}}


----


{{right|Проект}}

== СОГЛАШЕНИЕ <br>между Российской Федерацией и Республикой Таджикистан о порядке передачи \
Республике Таджикистан участка государственной границы Республики Таджикистан с Китайской \
Народной Республикой, охраняемого Пограничной службой Российской Федерации, и имущества, \
используемого Пограничной службой Российской Федерации ==
Российская Федерация и Республика Таджикистан, в дальнейшем именуемые Сторонами,

согласились о нижеследующем:

=== Статья 1 ===
Стороны поручают своим полномочным органам провести мероприятия.

=== Статья 2 ===
Настоящее Соглашение вступает в силу с даты подписания.

</div>
"""


def test_wiki_act_signed_over_a_rule_then_its_annex():
    root, _ = encode(ORDER, "order.wiki")
    closer = xp(root, "//t:closer")
    assert len(closer) == 1
    assert texts(root, "//t:closer/t:signed") == ["Президент Российской Федерации В.Путин"]
    assert xp(root, "//t:closer/t:signed/t:lb/following-sibling::text()") == [" В.Путин"]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["2002-10-08"]
    annex = xp(root, "//t:div[@type='annex']")
    assert len(annex) == 1
    assert texts(annex[0], "t:p") == ["Проект"]
    assert [h.text for h in xp(annex[0], ".//t:head")] == ["СОГЛАШЕНИЕ", "Статья 1", "Статья 2"]
    head = xp(annex[0], "t:div/t:head")[0]
    assert len(head) == 1 and head[0].tail.startswith(" между Российской Федерацией") \
        and head[0].tail.endswith("используемого Пограничной службой Российской Федерации")
    # the act's text is not in the annex, the closer not in the annex
    assert not xp(root, "//t:div[@type='annex']//t:closer")
    assert "прилагается" in " ".join(texts(root, "//t:div[not(@type='annex')]/t:p"))


def test_wiki_rule_without_an_attachment_named_is_no_annex():
    text = ORDER.replace(" (прилагается)", "")
    root, _ = encode(text, "order.wiki")
    assert xp(root, "//t:div[@type='annex']") == []


def test_wiki_heading_br_is_a_line_break():
    root, _ = encode("Вводный абзац.\n\n== СОГЛАШЕНИЕ <br>между Сторонами ==\nТекст.\n\n"
                     "=== Статья 1 ===\nСтороны поручают.\n", "agreement.wiki")
    head = [h for h in xp(root, "//t:body//t:head") if h.text == "СОГЛАШЕНИЕ"]
    assert len(head) == 1 and [etree.QName(el).localname for el in head[0]] == ["lb"]
    assert head[0][0].tail == " между Сторонами"


DECREE = """{{Указ Президента РФ
| НОМЕР = 993
| ДАТА = 16.09.2002
| НАЗВАНИЕ = О внесении изменений
}}<div class="text">

1. Внести в Положение о Министерстве иностранных дел Российской Федерации, утвержденное \
Указом Президента Российской Федерации, следующие изменения и дополнения.

2. Настоящий Указ вступает в силу со дня его подписания.

{{Подпись|Президент Российской Федерации|В.Путин}}

{{left|Москва, Кремль}}
{{left|16 сентября 2002 года}}
{{left|№ 993}}

</div>
"""


def test_wiki_signature_template_office_and_name_on_two_lines():
    root, _ = encode(DECREE, "decree.wiki")
    signed = xp(root, "//t:closer/t:signed")[0]
    assert signed.text == "Президент Российской Федерации"
    assert [etree.QName(el).localname for el in signed] == ["lb"] and signed[0].tail == " В.Путин"


FIELD_BOOK = ("No. 16 Ovid\n\nField Book of the subdivision of Township Number Sixteen Otherwise "
              "Called the Township of Ovid of the Military Gratuity lands of the State of New "
              "York as performed In the Months of August September & October 1790 -\n\n"
              "By Peter G. Cuddeback\n\n"
              "Begining at the NW Corner of the Township at a Stake - Standing on the East Bank "
              "of the Seneca Lak where 70 links East from the bank of the lake is Marked.\n")


def test_register_label_over_its_title_paragraph_is_the_heading():
    root, _ = encode(FIELD_BOOK, "fieldbook.txt")
    head = xp(root, "//t:body//t:head")[0]
    assert head.text == "No. 16 Ovid" and etree.QName(head[0]).localname == "lb"
    assert texts(root, "//t:body//t:head")[0].startswith("No. 16 Ovid Field Book of the "
                                                         "subdivision of Township")
    assert texts(root, "//t:titleStmt/t:title")[0].startswith("No. 16 Ovid Field Book of")
    assert texts(root, "//t:body//t:p")[0] == "By Peter G. Cuddeback"


def test_a_label_over_a_paragraph_with_no_title_noun_stays_the_heading():
    root, _ = encode(FIELD_BOOK.replace("Field Book of", "The subdivision of"), "f.txt")
    assert texts(root, "//t:body//t:head") == ["No. 16 Ovid"]


def test_months_listed_before_their_year_date_the_year():
    root, _ = encode(FIELD_BOOK, "fieldbook.txt")
    assert xp(root, "//t:creation/t:date/@when") == ["1790"]
    assert texts(root, "//t:creation/t:date") == ["August September & October 1790"]
    root, _ = encode(FIELD_BOOK.replace("August September & ", ""), "fieldbook.txt")
    assert xp(root, "//t:creation/t:date/@when") == ["1790-10"]


def test_wiki_rule_before_an_annex_heading_opens_one_annex_only():
    # the annex's own heading after the rule opens it (annex_units): no empty second one
    text = ORDER.replace("{{right|Проект}}", "ПРИЛОЖЕНИЕ № 1\n\nПроект соглашения сторон "
                         "о порядке передачи участка государственной границы.")
    root, _ = encode(text, "order.wiki")
    annexes = xp(root, "//t:div[@type='annex']")
    assert len(annexes) == 1 and len(annexes[0]) > 1
    assert texts(root, "//t:closer/t:signed") == ["Президент Российской Федерации В.Путин"]

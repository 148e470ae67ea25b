"""A log's watch times ("- **0200** Viento …" under a dated day heading) are <time when>
in every day's division. The last time seen was once keyed by id() of the division's lxml
proxy: a freed proxy's id went to a later division, which then refused its own early
times as "going back" (63 of 84 here; and a different master after other documents in
the same process)."""
from lxml import etree

from teikit.encode import encode_text

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
WEEKDAYS = ["Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Lunes"]


def _log(days: int) -> str:
    """A sailing log in Markdown: a heading per day of March 2022 (the 1st a Tuesday), three
    watches a day, the first earlier than the day before's last."""
    entries = [f"## {WEEKDAYS[(d - 1) % 7]} {d} de Marzo, 2022\n\n"
               f"- **0200** Viento {d}.\n- **0630** Calma {d}.\n- **2200** Noche {d}.\n"
               for d in range(1, days + 1)]
    return "# Bitácora\n\nLas horas son UTC.\n\n" + "\n".join(entries)


def test_every_days_watch_times_are_times():
    root = etree.fromstring(encode_text(_log(28), name="log.md").data)
    days = root.xpath("//t:body//t:div[t:head/t:date]", namespaces=TEI)
    assert len(days) == 28
    for d, day in enumerate(days, 1):
        times = [t.get("when") for t in day.xpath(".//t:time", namespaces=TEI)]
        assert times == ["02:00:00", "06:30:00", "22:00:00"], f"day {d}"


def test_same_master_alone_and_after_other_documents():
    alone = encode_text(_log(10), name="log.md").data
    for n in range(3, 12):                  # other documents first, in the same process
        encode_text(_log(n), name=f"other{n}.md")
    assert encode_text(_log(10), name="log.md").data == alone

"""MyST (Sphinx, Jupyter Book) directives that hold a table or a picture. Derived from
scout round 14: a deed of sale (Amt Bückeburg 1849) published as a MyST book, with a
glossary in a ```{list-table} and the scans as ```{image} directives."""
from __future__ import annotations

from teiquery import encode, texts, xp

DEED = """# Purchase Contract

## Glossary

```{list-table}
:header-rows: 1
* - Term
  - Meaning
* - **Colon**
  - A hereditary tenant-holder.
* - **Einlieger**
  - A landless cottager.
```

## Images

```{image} images/11-r.png
:class: image-override
```

## Text

Kund und zu wissen sei hiermit.
"""


def test_a_list_table_is_a_table_and_an_image_directive_no_heading():
    root, result = encode(DEED, "deed.md")
    rows = xp(root, "//t:table/t:row")
    assert [texts(row, "t:cell") for row in rows] == [
        ["Term", "Meaning"], ["Colon", "A hereditary tenant-holder."],
        ["Einlieger", "A landless cottager."]]
    assert xp(root, "//t:table/t:row[1]/t:cell/@role") == ["label", "label"] or \
        xp(root, "//t:table/t:row[1]/@role") == ["label"]
    assert xp(root, "//t:table//t:hi[@rend='bold']/text()") == ["Colon", "Einlieger"]
    assert "images/11-r.png" not in texts(root, "//t:head")
    left = " ".join(item["text"] for item in result.report()["left_out"])
    assert "images/11-r.png" in left


def test_a_list_table_that_is_no_list_of_lists_stays_as_typed():
    odd = "```{list-table}\nJust words, no rows.\n```\n"
    root, _ = encode(odd, "odd.md")
    assert xp(root, "//t:table") == []
    assert "Just words, no rows." in " ".join(texts(root, "//t:body//t:p"))

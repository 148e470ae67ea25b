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


WILL = r"""MILLARD FILLMORE

$$
\left.
\begin{array}{l}
\text{Wm. Ketchum} \\
\text{O. H. Marshall}
\end{array}
\right\} \text{ss.}
$$

It cost $5 and $10 to record, and \$x\$ stays.
"""


def test_a_tex_block_is_read_as_its_words_and_dollar_prices_stay_text():
    """Millard Fillmore's will (scout round 14, a Jekyll site with MathJax): the witnesses
    bracketed beside "ss." in TeX."""
    root, result = encode(WILL, "will.md")
    paras = xp(root, "//t:body//t:p")
    witnesses = next(p for p in paras if "Ketchum" in "".join(p.itertext()))
    assert "".join(witnesses.itertext()) == "Wm. KetchumO. H. Marshallss."
    assert len(xp(witnesses, "t:lb")) == 2
    body = " ".join(texts(root, "//t:body//t:p"))
    assert "\\" not in body and "begin" not in body
    assert "It cost $5 and $10 to record, and $x$ stays." in body
    left = " ".join(item["text"] for item in result.report()["left_out"])
    assert "\\begin{array}{l}" in left

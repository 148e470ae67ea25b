"""The README and the docs it links to (docs/*.md) say what the code does: every relative
link and anchor resolves, every command's every option is shown, every source format,
style, output format and exit code is named. A new option or format that the README does
not mention fails here, so the user's page never falls behind the command's --help."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import typer.main

from teikit.cli import app
from teikit.diagnostics import Exit
from teikit.formats import FORMATS
from teikit.readers import STYLES
from teikit.writers import WRITERS

from conftest import ROOT

README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]


def _prose(text: str) -> str:
    """The text outside fenced blocks and inline code (where `[x](y)` is an example)."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def _anchors(page: Path) -> set[str]:
    """The anchors GitHub makes of a page's headings (lower case, punctuation dropped,
    spaces as hyphens, -1, -2 … for a heading met again)."""
    found: set[str] = set()
    seen: Counter[str] = Counter()
    for line in _prose(page.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6}\s+(.*)", line)
        if not heading:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower()).replace(" ", "-")
        found.add(slug if not seen[slug] else f"{slug}-{seen[slug]}")
        seen[slug] += 1
    return found


def test_the_anchors_are_githubs():
    """The anchor rule itself, on headings the README has: a repeated heading gets -1."""
    anchors = _anchors(README)
    assert {"encode", "encode-1", "validate", "validate-1", "pdf", "pdf-1"} <= anchors
    assert "scale-many-files-big-editions-a-cluster" in anchors


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_resolves(page):
    links = re.findall(r"\]\(([^)\s]+)\)", _prose(page.read_text(encoding="utf-8")))
    assert links or page.name != "README.md"
    for link in links:
        if re.match(r"[a-z]+:", link):  # http(s), mailto: not ours to check
            continue
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.exists(), f"{page.name}: {link} names no file"
        if anchor and target.suffix == ".md":
            assert anchor in _anchors(target), f"{page.name}: {link} names no heading"


def _commands() -> dict:
    """Every command and subcommand of the app, by name (typer's own click: duck-typed)."""
    group = typer.main.get_command(app)
    found = {}
    for name in group.list_commands(None):  # type: ignore[attr-defined]
        command = group.get_command(None, name)  # type: ignore[attr-defined]
        if hasattr(command, "list_commands"):
            for sub in command.list_commands(None):
                found[f"{name} {sub}"] = command.get_command(None, sub)
        else:
            found[name] = command
    return found


def test_every_option_of_every_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    commands = _commands()
    assert {"encode", "validate", "export", "build", "schema fetch"} <= set(commands)
    for name, command in commands.items():
        assert f"teikit {name}" in text, name
        for param in command.params:
            if param.param_type_name == "option":
                for flag in [*param.opts, *param.secondary_opts]:
                    if flag != "--help":
                        assert f"`{flag}" in text or f"[{flag}" in text or f" {flag}" in text, (
                            f"teikit {name} {flag} is not in the README"
                        )


def test_every_format_style_writer_and_exit_code_is_named():
    text = README.read_text(encoding="utf-8")
    formats_table = re.findall(r"^\| `([a-z-]+)` \|", text, flags=re.M)
    assert set(FORMATS) <= set(formats_table)
    assert set(STYLES) <= set(formats_table)  # the styles' table has the same form
    synopsis = re.search(r"\[--format auto\|([^\]]+)\]", text.replace("\n", ""))
    assert synopsis and set(re.sub(r"\s", "", synopsis.group(1)).split("|")) == set(FORMATS)
    for writer in WRITERS:
        assert f"`{writer}`" in text, writer
    exit_rows = re.findall(r"^\| (\d+) \|", text, flags=re.M)
    assert [int(code) for code in exit_rows] == [int(code) for code in Exit]


def test_the_history_keeps_what_the_readme_gave_up():
    """The speed rounds and the scouts' rounds are moved, not lost."""
    history = (ROOT / "docs" / "HISTORY.md").read_text(encoding="utf-8")
    for words in (
        "mypyc",
        "round 38",
        "A seventh round (branch `hspeed`)",
        "tspeed13",
        "espeed5",
        "Not adopted",
    ):
        assert words in history, words
    assert "docs/HISTORY.md" in README.read_text(encoding="utf-8")

"""Same bytes: the digest of every text and HTML export of many masters (not a test).

Run it once with the pure-Python writers and once with the compiled ones (or on two
branches) and compare the two files: every export must have the same digest.

    PYTHONPATH=src python bench/samebytes.py OUT.json [MASTER_OR_FOLDER ...]

The masters, by default: the test goldens and fixtures, the sample edition, the shared
corpus's TEI (frus, volumes, other) and, if given as folders, masters encoded elsewhere
(the README's round used the corpus's realworld sources, encoded). Each master is exported
as HTML (both views) and as text (both views, widths 72, 40, 20 and 120). A master that
fails to export records its error, which must be the same too.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from teikit.export import export
from teikit.writers import text as text_writer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT = [ROOT / "tests" / "golden", ROOT / "tests" / "fixtures", ROOT / "editions",
           SHARED / "frus", SHARED / "volumes", SHARED / "other"]
JOBS = [("html", view, 72) for view in ("diplomatic", "reading")] + \
       [("text", view, width) for view in ("diplomatic", "reading")
        for width in (72, 40, 20, 120)]


def masters(places: list[Path]) -> list[Path]:
    found: list[Path] = []
    for place in places:
        if place.is_dir():
            found += sorted(place.rglob("*.xml"))
        elif place.is_file():
            found.append(place)
    return found


def main() -> int:
    out = Path(sys.argv[1])
    places = [Path(p) for p in sys.argv[2:]]
    files = masters(DEFAULT + places)
    digests: dict[str, str] = {}
    for path in files:
        for fmt, view, width in JOBS:
            key = f"{path} {fmt} {view} {width}"
            try:
                data, _ = export(fmt, path, view, width)
                digests[key] = hashlib.sha256(data).hexdigest()
            except Exception as exc:  # any failure is recorded and compared
                digests[key] = f"error: {type(exc).__name__}: {exc}"
    out.write_text(json.dumps(digests, indent=1, sort_keys=True))
    errors = sum(value.startswith("error") for value in digests.values())
    print(f"{len(files)} masters, {len(digests)} exports ({errors} errors) -> {out}; "
          f"text writer: {Path(text_writer.__file__).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

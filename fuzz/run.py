"""Coverage-guided fuzzing with atheris (libFuzzer), by hand; not a test.

    .venv/bin/python fuzz/run.py encode -max_total_time=600 fuzz/corpus-encode
    .venv/bin/python fuzz/run.py xml -max_total_time=600 fuzz/corpus-xml

Seeds: the sample edition's sources and masters (copied into the corpus folder, which
libFuzzer then grows; keep it out of git). A finding stops the run with the input saved as
crash-*; tests/test_fuzz.py runs the same targets under hypothesis in CI.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

with atheris.instrument_imports(include=["teikit"]):
    import targets


def main() -> None:
    kind = sys.argv.pop(1) if len(sys.argv) > 1 else "xml"
    target = {"encode": targets.encode_target, "xml": targets.xml_target}[kind]
    corpus = [a for a in sys.argv[1:] if not a.startswith("-")]
    if corpus:
        folder = Path(corpus[0])
        folder.mkdir(parents=True, exist_ok=True)
        pattern = "sources/*.txt" if kind == "encode" else "tei/*.xml"
        for seed in (ROOT / "editions" / "sample").glob(pattern):
            shutil.copy(seed, folder / seed.name)
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

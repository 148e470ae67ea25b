"""The public API: what `import teikit` offers, lazily at run time and visibly to type
checkers (the TYPE_CHECKING block), and the package is marked typed (py.typed)."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import teikit

from conftest import ROOT

INIT = ROOT / "src" / "teikit" / "__init__.py"


def type_checking_imports() -> dict[str, str]:
    """name -> submodule, as imported in the TYPE_CHECKING block of teikit/__init__.py."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom) and imp.level == 1, ast.unparse(imp)
                for alias in imp.names:
                    names[alias.asname or alias.name] = imp.module or ""
    return names


def test_every_public_name_is_declared_for_type_checkers_and_resolved_lazily():
    declared = type_checking_imports()
    assert declared == teikit._PUBLIC
    assert sorted(teikit.__all__) == sorted([*declared, "__version__"])
    for name, module in declared.items():
        value = getattr(teikit, name)
        assert value is getattr(importlib.import_module(f"teikit.{module}"), name)
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = teikit.nothing_here


def test_import_teikit_loads_no_submodule():
    code = "import sys, teikit; print(sorted(m for m in sys.modules if m.startswith('teikit.')))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_package_is_marked_typed():
    spec = importlib.util.find_spec("teikit")
    assert spec is not None and spec.origin is not None
    assert (Path(spec.origin).parent / "py.typed").is_file()


@pytest.mark.skipif(
    shutil.which("mypy") is None and importlib.util.find_spec("mypy") is None,
    reason="mypy is not installed (pip install -e '.[lint]')",
)
def test_type_checker_sees_the_public_functions(tmp_path):
    user = tmp_path / "user.py"
    user.write_text(
        "import teikit\n"
        "reveal_type(teikit.encode_file)\n"
        "reveal_type(teikit.validate_paths)\n"
        "reveal_type(teikit.View.READING)\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--no-incremental",
            "--ignore-missing-imports",
            "--follow-imports=silent",
            str(user),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    out = run.stdout
    assert 'Revealed type is "def (path: ' in out, out
    assert "teikit.encode.EncodeResult" in out, out
    assert "teikit.validate.Report" in out, out
    assert "teikit.signs.View" in out, out

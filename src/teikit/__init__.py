"""teikit: scholarly editions in TEI-XML.

Encode archival plain text as TEI P5 masters, validate them, publish HTML and plain-text
editions. The command line (``teikit``) is a thin shell over these functions.

The public functions are imported on first use (PEP 562), so that a command pays only for
the modules it needs: ``teikit validate`` does not load the encoder. Type checkers and IDEs
read the same names from the ``TYPE_CHECKING`` block below.
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"  # the one place: pyproject.toml reads it (dynamic version)

if TYPE_CHECKING:
    from .encode import EncodeResult, encode_file, encode_text
    from .export import build_edition, export_html, export_text
    from .signs import View
    from .validate import FileResult, Report, Validator, validate_file, validate_paths

# name -> the submodule that defines it (kept equal to the imports above by a test)
_PUBLIC = {
    "encode_file": "encode",
    "encode_text": "encode",
    "EncodeResult": "encode",
    "validate_file": "validate",
    "validate_paths": "validate",
    "Validator": "validate",
    "FileResult": "validate",
    "Report": "validate",
    "export_html": "export",
    "export_text": "export",
    "build_edition": "export",
    "View": "signs",
}

__all__ = [
    "EncodeResult",
    "FileResult",
    "Report",
    "Validator",
    "View",
    "__version__",
    "build_edition",
    "encode_file",
    "encode_text",
    "export_html",
    "export_text",
    "validate_file",
    "validate_paths",
]


def __getattr__(name: str) -> object:
    if name in _PUBLIC:
        import importlib

        value = getattr(importlib.import_module(f".{_PUBLIC[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'teikit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))

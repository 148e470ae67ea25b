"""teikit: scholarly editions in TEI-XML.

Encode archival plain text as TEI P5 masters, validate them, publish HTML and plain-text
editions. The command line (``teikit``) is a thin shell over these functions.

The public functions are imported on first use (PEP 562), so that a command pays only for
the modules it needs: ``teikit validate`` does not load the encoder.
"""
__version__ = "0.1.0"

_PUBLIC = {
    "encode_file": "encode", "encode_text": "encode", "EncodeResult": "encode",
    "validate_file": "validate", "validate_paths": "validate", "Validator": "validate",
    "FileResult": "validate", "Report": "validate",
    "export_html": "export", "export_text": "export", "build_edition": "export",
    "View": "signs",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str):
    if name in _PUBLIC:
        import importlib
        value = getattr(importlib.import_module(f".{_PUBLIC[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'teikit' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_PUBLIC))

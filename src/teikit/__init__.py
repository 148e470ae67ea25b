"""teikit: scholarly editions in TEI-XML.

Encode archival plain text as TEI P5 masters, validate them, publish HTML and plain-text
editions. The command line (``teikit``) is a thin shell over these functions.
"""
__version__ = "0.1.0"

from .encode import EncodeResult, encode_file, encode_text  # noqa: E402
from .validate import FileResult, Report, Validator, validate_file, validate_paths  # noqa: E402

__all__ = ["__version__", "encode_file", "encode_text", "EncodeResult",
           "validate_file", "validate_paths", "Validator", "FileResult", "Report"]

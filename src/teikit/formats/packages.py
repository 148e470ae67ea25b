"""What the zip-packaged formats (docx, odt, epub) share: the errors of a package that
cannot be unpacked."""
from __future__ import annotations

import zipfile
import zlib

# what zipfile raises for an entry it cannot unpack: a damaged header (a negative seek), a
# bad CRC or deflate stream, data cut short, a compression method it does not know
UNPACK_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
                 NotImplementedError, RuntimeError)

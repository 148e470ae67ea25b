"""The one compiled module: the text writer's plain-text layout in C
(``teikit.writers._textplain``; see teikit/writers/text.py). Everything else about the
package is in pyproject.toml. ``optional``: where no C compiler is found the install goes
on without it, and the text writer lays text out in Python, to the same bytes."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("teikit.writers._textplain",
                             ["src/teikit/writers/_textplain.c"], optional=True)])

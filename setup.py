"""The two compiled modules: the text writer's plain-text layout in C
(``teikit.writers._textplain``; see teikit/writers/text.py) and the HTML writer's walk over
running text in C (``teikit.writers._htmlwalk``; see teikit/writers/htmlrules.py).
Everything else about the package is in pyproject.toml. ``optional``: where no C compiler
is found the install goes on without them, and the writers run their Python code, to the
same bytes."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("teikit.writers._textplain",
                             ["src/teikit/writers/_textplain.c"], optional=True),
                   Extension("teikit.writers._htmlwalk",
                             ["src/teikit/writers/_htmlwalk.c"], optional=True)])

# The two commands a newcomer runs (each does its own set-up):
#   make demo   encode, validate and build the sample edition in editions/sample
#   make test   lint and type-check (make check), then run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EDITION := editions/sample
# Files kept in `ruff format` layout (checked by make check); the older modules keep their
# hand layout until they are next rewritten (see [tool.ruff.format] in pyproject.toml).
FORMATTED := src/teikit/__init__.py tests/conftest.py tests/test_public_api.py \
             tests/test_standalone_styles.py tests/test_determinism.py tests/test_packaging.py \
             bench/measure.py

# System packages: Pango and HarfBuzz for the PDF engine (WeasyPrint), fonts that cover
# the scripts of the texts (Latin, Greek, Cyrillic, CJK, ...), poppler's pdftotext to read
# PDFs back in the tests; a C compiler for the text layout in C (without one the Python layout runs). Installed with apt-get where it can be (as root, or with sudo
# that asks no password); elsewhere a warning names them, and `teikit export pdf` names
# what it lacks in one line (exit 2).
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig \
                   fonts-dejavu-core fonts-noto-core fonts-noto-cjk poppler-utils gcc libc6-dev
SYSTEM := $(VENV)/.system

.PHONY: demo test check goldens bench bench-scale clean

$(SYSTEM):
	@mkdir -p $(VENV)
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(SYSTEM_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi; \
	    if [ "$$sudo" != none ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing system packages:$$missing"; \
	      $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	        || echo "warning: could not install$$missing; PDF export and its tests need them" >&2; \
	    else \
	      echo "warning: missing system packages:$$missing; install them (apt-get install$$missing) for PDF export and its tests" >&2; \
	    fi; \
	  fi; \
	else \
	  echo "note: not a Debian system; PDF export needs Pango (and fonts, poppler for the tests): see README, PDF" >&2; \
	fi
	@touch $(SYSTEM)

# (setup.py and the C sources: the text layout and the HTML walk in C are built by the
# install, in place; an edit to a C source builds them again)
$(STAMP): pyproject.toml setup.py src/teikit/writers/_textplain.c \
	  src/teikit/writers/_htmlwalk.c | $(SYSTEM)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

demo: $(STAMP) $(SYSTEM)
	$(BIN)/teikit encode $(EDITION)/sources/*.txt -d $(EDITION)/tei --report $(EDITION)/encoding-report.json
	$(BIN)/teikit validate $(EDITION)/tei
	$(BIN)/teikit build $(EDITION) --pdf

# Lint (rules in pyproject.toml), layout of the FORMATTED files, types (mypy).
check: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check $(FORMATTED)
	$(BIN)/mypy

# The suite in parallel, one worker per core (pytest-xdist); `make test ARGS=-n0` runs it
# in one process, ARGS="-m 'not slow'" skips the slow tests.
test: check $(SYSTEM)
	$(BIN)/python -m pytest -n auto $(ARGS)

# Regenerate golden files (masters, exports); review the diff before committing. (No golden
# is written by a slow test; each golden file has one writer, so -n is safe.)
goldens: $(STAMP) $(SYSTEM)
	$(BIN)/python -m pytest -n auto -m "not slow" --update-goldens

# Timings against references measured in the same run (not tests; see bench/*.py).
bench: $(STAMP) $(SYSTEM)
	$(BIN)/python bench/encode.py
	$(BIN)/python bench/validate.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/pdf.py
	$(BIN)/python bench/scale.py --quick

# The corpus benchmark of issue 11 (a 20,000-file corpus made under /tmp; long).
bench-scale: $(STAMP)
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache build dist

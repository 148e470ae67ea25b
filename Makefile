# The two commands a newcomer runs (each does its own set-up):
#   make demo   encode, validate and build the sample edition in editions/sample
#   make test   run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EDITION := editions/sample

# System packages: Pango and HarfBuzz for the PDF engine (WeasyPrint), fonts that cover
# the scripts of the texts (Latin, Greek, Cyrillic, CJK, ...), poppler's pdftotext to read
# PDFs back in the tests. Installed with apt-get where it can be (as root, or with sudo
# that asks no password); elsewhere a warning names them, and `teikit export pdf` names
# what it lacks in one line (exit 2).
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig \
                   fonts-dejavu-core fonts-noto-core fonts-noto-cjk poppler-utils
SYSTEM := $(VENV)/.system

.PHONY: demo test goldens bench clean

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

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP) $(SYSTEM)
	$(BIN)/teikit encode $(EDITION)/sources/*.txt -d $(EDITION)/tei --report $(EDITION)/encoding-report.json
	$(BIN)/teikit validate $(EDITION)/tei
	$(BIN)/teikit build $(EDITION) --pdf

test: $(STAMP) $(SYSTEM)
	$(BIN)/python -m pytest

# Regenerate golden files (masters, exports); review the diff before committing.
goldens: $(STAMP) $(SYSTEM)
	$(BIN)/python -m pytest --update-goldens

# Timings against references measured in the same run (not tests; see bench/*.py).
bench: $(STAMP) $(SYSTEM)
	$(BIN)/python bench/encode.py
	$(BIN)/python bench/validate.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/pdf.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

# The two commands a newcomer runs (each does its own set-up):
#   make demo   encode, validate and build the sample edition in editions/sample
#   make test   run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EDITION := editions/sample

.PHONY: demo test goldens bench bench-scale clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/teikit encode $(EDITION)/sources/*.txt -d $(EDITION)/tei --report $(EDITION)/encoding-report.json
	$(BIN)/teikit validate $(EDITION)/tei
	$(BIN)/teikit build $(EDITION)

test: $(STAMP)
	$(BIN)/python -m pytest

# Regenerate golden files (masters, exports); review the diff before committing.
goldens: $(STAMP)
	$(BIN)/python -m pytest --update-goldens

# Timings against references measured in the same run (not tests; see bench/*.py).
bench: $(STAMP)
	$(BIN)/python bench/encode.py
	$(BIN)/python bench/validate.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/scale.py --quick

# The corpus benchmark of issue 11 (a 20,000-file corpus made under /tmp; long).
bench-scale: $(STAMP)
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

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

.PHONY: demo test check goldens bench bench-scale clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/teikit encode $(EDITION)/sources/*.txt -d $(EDITION)/tei --report $(EDITION)/encoding-report.json
	$(BIN)/teikit validate $(EDITION)/tei
	$(BIN)/teikit build $(EDITION)

# Lint (rules in pyproject.toml), layout of the FORMATTED files, types (mypy).
check: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check $(FORMATTED)
	$(BIN)/mypy

# The suite in parallel, one worker per core (pytest-xdist); `make test ARGS=-n0` runs it
# in one process, ARGS="-m 'not slow'" skips the slow tests.
test: check
	$(BIN)/python -m pytest -n auto $(ARGS)

# Regenerate golden files (masters, exports); review the diff before committing. (No golden
# is written by a slow test; each golden file has one writer, so -n is safe.)
goldens: $(STAMP)
	$(BIN)/python -m pytest -n auto -m "not slow" --update-goldens

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
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache build dist

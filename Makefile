# Quick start: `make demo`, then `make test`. Each creates .venv and installs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint format bench clean constraints

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Flourish needs Python 3.11 or newer: make PYTHON=python3.11 ...")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/flourish demo

# The suite on every core (pytest-xdist; tests/conftest.py gives each worker a PostgreSQL
# database of its own). `make test PYTEST_WORKERS=0` runs it in one process. Plain
# `.venv/bin/pytest tests/test_x.py` stays serial: workers cost seconds to start.
PYTEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m bench.district

# Re-resolve every dependency to the newest version pyproject.toml allows, in a scratch venv,
# and pin the result; then `make install` (or `make test`) installs the new pins.
CONSTRAINTS_VENV := .venv-constraints
constraints:
	rm -rf $(CONSTRAINTS_VENV)
	$(PYTHON) -m venv $(CONSTRAINTS_VENV)
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet -e '.[test]'
	{ echo "# Pinned versions for 'make install' and CI: pip install -c constraints.txt -e '.[test]'."; \
	  echo "# Regenerate with 'make constraints' (the newest versions pyproject.toml allows)."; \
	  $(CONSTRAINTS_VENV)/bin/python -m pip freeze --exclude-editable; } > constraints.txt
	rm -rf $(CONSTRAINTS_VENV)

clean:
	rm -rf $(VENV) flourish.db flourish.db-wal flourish.db-shm .pytest_cache .mypy_cache
	rm -f flourish-demo.db flourish-demo.db-wal flourish-demo.db-shm

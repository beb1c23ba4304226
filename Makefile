# Two commands do all set-up on a fresh machine with Python 3.11 (see README):
#   make site   — install into .venv, check the fact base, build the site into site/
#   make test   — install into .venv, run the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test test-browser check serve golden lint clean schema

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/explainer build

check: $(STAMP)
	$(BIN)/explainer check

serve: $(STAMP)
	$(BIN)/explainer generate
	$(BIN)/mkdocs serve

test: $(STAMP)
	$(BIN)/python -m pytest

# Only the browser tests (need /usr/bin/chromium, `npm ci --ignore-scripts`, java).
test-browser: $(STAMP)
	$(BIN)/python -m pytest -m browser tests/browser

golden: $(STAMP)
	$(BIN)/python -m tests.golden --update

# The habits, enforced: formatted, linted, typed (mypy strict over generator, tests and
# benchmarks, as pyproject.toml says). CI runs this before the tests.
lint: $(STAMP)
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf build site screenshots

# The editors' JSON Schema is printed by the tool and written here by the shell:
# no explainer command writes into content/.
schema: $(STAMP)
	$(BIN)/explainer schema > content/schema/content.schema.json

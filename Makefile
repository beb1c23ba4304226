# Two commands do all set-up on a fresh machine with Python 3.11 (see README):
#   make site   — install into .venv, check the fact base, build the site into site/
#   make test   — install into .venv, run the whole test suite
#
# Dependencies are locked with hashes (requirements/, written by `make lock`) and
# installed with --require-hashes: runtime.txt is what building the site needs, dev.txt
# what the tests and the linters need on top. `make site` installs only the first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed

.PHONY: site test test-browser check serve golden lint clean schema install install-dev lock

# The project itself is installed editable, built by the hashed setuptools of runtime.txt
# (no build isolation: nothing unhashed is downloaded to build it).
$(RUNTIME): requirements/runtime.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes -r requirements/runtime.txt
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

$(DEV): $(RUNTIME) requirements/dev.txt
	$(PIP) --require-hashes -r requirements/runtime.txt -r requirements/dev.txt
	touch $@

install: $(RUNTIME)

install-dev: $(DEV)

site: $(RUNTIME)
	$(BIN)/explainer build

check: $(RUNTIME)
	$(BIN)/explainer check

# The editor's preview at http://$(ADDRESS)/ until Ctrl-C: `make serve ADDRESS=127.0.0.1:8001`
# for another port. The server is the last command (exec: Ctrl-C and SIGTERM reach it).
ADDRESS ?= 127.0.0.1:8000
serve: $(RUNTIME)
	exec $(BIN)/explainer serve -a $(ADDRESS)

test: $(DEV)
	$(BIN)/python -m pytest

# Only the browser tests (need /usr/bin/chromium, `npm ci --ignore-scripts`, java).
test-browser: $(DEV)
	$(BIN)/python -m pytest -m browser tests/browser

golden: $(DEV)
	$(BIN)/python -m tests.golden --update

# The habits, enforced: formatted, linted, typed (mypy strict over generator, tests and
# benchmarks, as pyproject.toml says). CI runs this before the tests.
lint: $(DEV)
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/mypy

# Rewrite the locks after changing pyproject.toml's dependencies or requirements/dev.in:
# versions already locked are kept unless they must change (pip-compile --upgrade-package
# NAME to move one on).
lock: $(DEV)
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes \
		--allow-unsafe --strip-extras --all-build-deps --no-emit-index-url --no-emit-find-links \
		-o requirements/runtime.txt pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes \
		--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements/dev.txt requirements/dev.in

clean:
	rm -rf build site screenshots

# The editors' JSON Schema is printed by the tool and written here by the shell:
# no explainer command writes into content/.
schema: $(RUNTIME)
	$(BIN)/explainer schema > content/schema/content.schema.json

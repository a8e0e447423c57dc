# Two commands: `make run` (the window on the demo article) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test setup system-deps lint bench screenshot

system-deps:
	@bash scripts/system-deps.sh

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

setup: system-deps $(VENV)/.installed

run: setup
	$(VENV)/bin/posteditor

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

lint: setup
	$(VENV)/bin/lint-imports
	$(PY) -m pip install -q -e '.[dev]' && $(VENV)/bin/mypy && $(VENV)/bin/ruff check editor tests

screenshot: setup
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) scripts/screenshot.py docs/screenshot.png

bench: setup
	$(PY) tests/benchmarks/bench_import.py
	$(PY) tests/benchmarks/bench_checks.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_ui.py

# `make run`: set up, index the corpus, start the main job.  `make test`: set up, lint, type-check, test.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup run index test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.txt -c constraints.txt
	touch $@

index: setup
	$(PY) -m index build

run: index
	$(PY) -m bot shell

test: setup
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest

bench: index
	$(PY) -m eval.bench

clean:
	rm -rf data/index

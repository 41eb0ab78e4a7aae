# `make run`: set up, index the corpus, serve the web UI.  `make test`: set up, lint, type-check, test.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup browser run index test eval eval-ci bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.txt -c constraints.txt
	touch $@

# Debian's Chromium drives the web UI's end-to-end test (Playwright never downloads a browser).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

index: setup
	$(PY) -m index build

run: index
	$(PY) -m bot web

test: setup browser
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest

# The fixed question set through every configuration (BM25, dense, hybrid, llama-index baseline).
eval: setup
	$(PY) -m eval

# What CI runs: the default configuration against the quality floor in eval/floor.toml.
eval-ci: setup
	$(PY) -m eval --configs hybrid --check-floor --no-progress --out eval/runs/ci

bench: index
	$(PY) -m eval.bench

clean:
	rm -rf data/index

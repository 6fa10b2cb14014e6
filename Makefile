# Two commands on a fresh machine: `make demo` and `make test`. Both set up .venv first (idempotent).
SHELL := /bin/bash
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export MPLBACKEND := Agg

.PHONY: setup demo train test test-fast export-check nbtest pytest docs readme cards bench clean-venv

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check pip==26.3
	$(BIN)/pip install -q --disable-pip-version-check torch==2.14.1 torchvision==0.29.1
	$(BIN)/pip install -q --disable-pip-version-check -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

setup: $(STAMP)

# The main job: generate the worlds if missing, then serve the best assistant that exists.
demo: setup
	$(BIN)/mm-assistant demo

# The full `small` recipe (worlds, align, pretrain, rag-tune: about two hours on a 2-core CPU); resumes where it stopped.
train: setup
	$(BIN)/mm-assistant train --recipe small

test: setup export-check nbtest pytest

# nbdev-export must leave mm_assistant/ unchanged (the library is exactly what the notebooks say), and
# nbdev-clean must leave nbs/ unchanged (notebooks are committed cleaned).
export-check: setup
	@snap() { find mm_assistant nbs -name '*.py' -o -name '*.ipynb' | grep -v checkpoints | sort | xargs md5sum | md5sum; }; \
	before=$$(snap); $(BIN)/nbdev-export; $(BIN)/nbdev-clean; after=$$(snap); \
	if [ "$$before" != "$$after" ]; then echo "nbdev-export or nbdev-clean changed files: run both and commit the notebooks with the exported modules."; exit 1; fi; \
	echo "library in sync with the notebooks; notebooks clean"

nbtest: setup
	$(BIN)/nbdev-test --timing

pytest: setup
	$(BIN)/pytest -q tests

# Static HTML docs from the executed notebooks (nbdev's site builder needs Quarto, not available here).
docs: setup
	$(BIN)/python scripts/build_docs.py

readme: setup
	$(BIN)/python scripts/build_readme.py

cards: setup
	$(BIN)/mm-assistant cards

bench: setup
	$(BIN)/python scripts/bench_worlds.py

clean-venv:
	rm -rf $(VENV)

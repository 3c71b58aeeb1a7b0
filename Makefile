# Two entry points for a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo/office.db
export ADVISORDESK_DEMO_PASSPHRASE := demo-office-2026

.PHONY: run test lint venv demo clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall only when the dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

$(DEMO): | venv
	mkdir -p demo
	ADVISORDESK_PASSPHRASE=$(ADVISORDESK_DEMO_PASSPHRASE) $(BIN)/python main.py demo $(DEMO) --clients 2000 --seed 7

demo: $(DEMO)

run: venv $(DEMO)
	ADVISORDESK_PASSPHRASE=$(ADVISORDESK_DEMO_PASSPHRASE) $(BIN)/python main.py --db $(DEMO)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo build dist

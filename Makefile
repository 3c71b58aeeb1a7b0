# Two entry points for a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo/office.db
export ADVISORDESK_DEMO_PASSPHRASE := demo-office-2026

.PHONY: run test lint venv demo clean sysdeps i18n

# System tools the tests use: Qt's offscreen libraries, poppler (pdftotext, pdffonts,
# pdftoppm) and qpdf to read PDFs back. Installed with apt when missing and we are root
# (or have passwordless sudo); otherwise the README names them.
SYSPKGS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 poppler-utils qpdf
sysdeps:
	@if ! command -v pdftotext >/dev/null || ! command -v qpdf >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $(SYSPKGS) >/dev/null; \
	  elif sudo -n true 2>/dev/null; then sudo apt-get update -q >/dev/null && sudo apt-get install -y -q --no-install-recommends $(SYSPKGS) >/dev/null; \
	  else echo "Please install: $(SYSPKGS)"; exit 1; fi; \
	fi

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

test: sysdeps venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo build dist

# Refresh the Chinese translation source from ui/ and compile it (translate new entries in
# resources/i18n/advisordesk_zh_CN.ts with Qt Linguist or by hand before compiling).
i18n: venv
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/i18n/advisordesk_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/i18n/advisordesk_zh_CN.ts -qm resources/i18n/advisordesk_zh_CN.qm

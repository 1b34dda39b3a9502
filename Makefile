# CalciTrack: `make run` opens the app on the demo clinic, `make test` runs every test.
# Both set everything up first: system packages, the virtual environment, locked dependencies.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
DEMO_DB ?= $(CURDIR)/.demo/calcitrack-demo.sqlite3

.PHONY: run test fuzz bench dist setup catalogues translations lint lock dist-clean clean

run: setup
	$(BIN)/calcitrack demo --if-missing --db "$(DEMO_DB)"
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}" ]; then \
		echo "No display found: running on a virtual screen (xvfb-run). On a desktop the window opens normally."; \
		xvfb-run -a $(BIN)/calcitrack --db "$(DEMO_DB)"; \
	else \
		$(BIN)/calcitrack --db "$(DEMO_DB)"; \
	fi

# CALCITRACK_TEST_DIST=1 make test also builds the frozen bundle and runs it (tests/dist; CI does).
test: setup
	$(BIN)/python -m pytest

# The import fuzz test's long run: thousands of mutated exports (HYPOTHESIS_PROFILE=fuzz).
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests/cli/test_import_fuzz.py -p no:cacheprovider -q

bench: setup dist
	$(BIN)/python -m pytest tests/benchmarks -o addopts="" -p no:cacheprovider -s -q

setup: $(STAMPS)/system $(VENV)/.installed catalogues

# Translations (docs/translation.md). The sources are committed: calcitrack.pot and one .po per
# language for gettext (the domain, the PDF, the command line), one .ts per language for Qt (the
# window). The compiled .mo and .qm are build output (.gitignore), rebuilt here whenever their
# source changed; the wheel (pyproject's force-include of resources/) and the frozen app
# (packaging/calcitrack.spec bundles resources/) ship them.
TRANSLATIONS := resources/translations
TS_LANGUAGES := pt_PT ar
PO_FILES := $(wildcard $(TRANSLATIONS)/*/LC_MESSAGES/calcitrack.po)
TS_FILES := $(wildcard $(TRANSLATIONS)/calcitrack_*.ts)
WINDOW_CODE = $$(find calcitrack/ui -name '*.py' | sort) calcitrack/app.py
CATALOGUES := $(PO_FILES:.po=.mo) $(TS_FILES:.ts=.qm)

catalogues: $(CATALOGUES)

$(TRANSLATIONS)/%.mo: $(TRANSLATIONS)/%.po $(VENV)/.installed
	$(BIN)/pybabel compile --statistics -D calcitrack -i $< -o $@

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Run by hand after marking strings; commit what it changes, then fill in the new entries.
# gettext: extract the marked strings of the package into calcitrack.pot and merge it into each
# language's .po (a new language: pybabel init -D calcitrack -d $(TRANSLATIONS) -i
# $(TRANSLATIONS)/calcitrack.pot -l LANG). Qt: lupdate reads the window's tr()/translate() calls.
translations: $(VENV)/.installed
	$(BIN)/pybabel extract --no-default-keywords -k _ -k N_ -k ngettext:1,2 \
		-k pgettext:1c,2 -k NC_:1c,2 \
		--add-comments=TRANSLATORS: --add-location=file --sort-by-file \
		--project=CalciTrack --copyright-holder="the CalciTrack authors" \
		-o $(TRANSLATIONS)/calcitrack.pot calcitrack
	$(BIN)/pybabel update -D calcitrack -d $(TRANSLATIONS) -i $(TRANSLATIONS)/calcitrack.pot \
		--ignore-obsolete
	for lang in $(TS_LANGUAGES); do \
		$(BIN)/pyside6-lupdate $(WINDOW_CODE) -no-obsolete \
			-locations none -source-language en -target-language $$lang \
			-ts $(TRANSLATIONS)/calcitrack_$$lang.ts || exit 1; \
	done
	$(BIN)/python scripts/english-plurals

# The one-folder application for clinic workstations (packaging/README.md): dist/calcitrack/.
# Rebuilt only when a file it is made from changed since the last build.
DIST_EXE := dist/calcitrack/calcitrack
DIST_INPUTS := $(shell find calcitrack migrations resources packaging -type f \
	! -path '*/__pycache__/*' ! -name '*.pyc' 2>/dev/null) pyproject.toml requirements.lock

dist: setup $(DIST_EXE)

$(DIST_EXE): $(DIST_INPUTS) $(CATALOGUES) $(VENV)/.installed
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/calcitrack.spec
	@touch $@
	@echo "built $(CURDIR)/dist/calcitrack/ ($$(du -sh dist/calcitrack | cut -f1)); install: packaging/README.md"

$(STAMPS)/system: scripts/install-system-packages
	scripts/install-system-packages
	@mkdir -p $(STAMPS) && touch $@

$(VENV)/.installed: requirements.lock pyproject.toml $(STAMPS)/system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

# Re-resolve requirements.lock from pyproject.toml (needs network; commit the result).
lock:
	$(PYTHON) -m venv $(STAMPS)/lock-venv
	$(STAMPS)/lock-venv/bin/pip install --quiet uv
	$(STAMPS)/lock-venv/bin/uv pip compile pyproject.toml --extra dev --universal \
		--python-version 3.10 --generate-hashes -o requirements.lock

clean:
	rm -rf build dist .pytest_cache .ruff_cache
	rm -f $(CATALOGUES)
dist-clean: clean
	rm -rf $(VENV) $(STAMPS) .demo

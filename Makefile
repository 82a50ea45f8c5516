# Program Finder: `make run` starts the app, `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-wheel test-bundle bundle bench lint typecheck clean screenshot icons deb test-deb

# The venv gets the locked versions (requirements/dev.lock: the app, its tests, the PostgreSQL driver,
# PyInstaller, lint and type tools), hash-checked, then the app itself, editable, with no more downloads.
LOCK := requirements/dev.lock

$(STAMP): pyproject.toml $(LOCK)
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

# Refresh the lock files from pyproject.toml (keeps current pins unless UPGRADE=1; needs PyPI):
# requirements/app.lock is what the app needs (tests/test_wheel.py installs from it), dev.lock all extras.
.PHONY: lock
lock: $(STAMP)
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -q \
		$(if $(UPGRADE),--upgrade) -o requirements/app.lock
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -q \
		--all-extras $(if $(UPGRADE),--upgrade) -o requirements/dev.lock

run: $(STAMP)
	@$(BIN)/python -m finder.ui.syslibs
	$(BIN)/finder gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Builds the wheel from a clean copy of the checkout, installs it (not editable) into a fresh venv
# outside it and runs --version, a search, the checklist and a screenshot there (tests/test_wheel.py).
test-wheel: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow -p no:cacheprovider tests/test_wheel.py

# ruff (its version pinned in requirements/dev.lock) and mypy (levels in pyproject.toml); .ci/run runs both.
lint: $(STAMP)
	$(BIN)/ruff check finder tests scripts
	$(BIN)/ruff format --check finder tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m finder.bench

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/finder --db /tmp/finder-shot.db gui --near "Newport Beach, CA" --screenshot docs/screenshot.png

# The desktop bundle (build_app.spec, docs/bundle.md): dist/program-finder/program-finder
BUNDLE_STAMP := $(VENV)/.installed-bundle

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_app.spec
	@du -sh dist/program-finder

# Builds the bundle, then runs its CLI and GUI screenshot on a fresh home folder.
test-bundle: $(BUNDLE_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow -p no:cacheprovider tests/test_bundle.py

# App icon: PNGs, app.ico and app.icns from finder/data/icons/*.svg (the output is committed).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

# The Debian package, from the bundle (docs/bundle.md): dist/program-finder_<version>_<arch>.deb.
# The bundle is rebuilt only when a file it is made from is newer than it (test-bundle builds it).
BUNDLE_EXE := dist/program-finder/program-finder
BUNDLE_INPUTS := build_app.spec pyproject.toml $(shell find finder -type f \
	-not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)

$(BUNDLE_EXE): $(BUNDLE_STAMP) $(BUNDLE_INPUTS)
	$(MAKE) bundle

deb: $(BUNDLE_EXE)
	bash packaging/debian/build-deb.sh

# Checks the .deb (contents, Depends, desktop-file-validate, appstreamcli), installs it with apt,
# runs /usr/bin/program-finder with a fresh home folder, removes it. Needs root or sudo.
test-deb:
	bash packaging/debian/test-deb.sh

clean:
	rm -rf $(VENV) build dist *.egg-info

# Translations (finder/i18n/, docs/texts.md): extract every marked text of the code into the .po
# files (new ones empty, gone ones dropped, translations kept) and compile the .mo files the app
# reads. Both are committed, so `make run` and `make test` need neither step.
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python -m finder.texts.catalogue update

# The Windows installer, built and tested on Linux under Wine (packaging/windows/, docs/bundle.md):
# `make windows` -> dist/windows/ProgramFinder-<version>-x64-setup.exe; `make test-windows` installs
# it silently in a fresh Wine prefix, runs the installed program, uninstalls it, then runs a pytest
# subset under the Windows Python. The toolchain (Wine, NSIS, the embeddable CPython 3.13 and
# win_amd64 wheels) is installed by the scripts and cached in .cache/windows/.
.PHONY: windows test-windows
windows: $(STAMP)
	bash packaging/windows/build.sh

test-windows:
	bash packaging/windows/test.sh
	bash packaging/windows/pytest-subset.sh

# Two set-up commands: `make run` and `make test`. Both create/reuse .venv and install what they need.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
# The install is keyed by what it depends on, pyproject.toml without its pytest and ruff settings,
# not by the file's time: a clone, checkout or merge gives the file a new time, and a changed test
# option needs no install; a changed dependency gets another key, so a new stamp and an install.
INSTALL_KEY := $(shell awk '/^\[/ { skip = ($$0 ~ /^\[tool\.(pytest|ruff)/) } !skip' pyproject.toml | cksum | cut -d' ' -f1)
STAMP := $(VENV)/.installed-$(INSTALL_KEY)

.PHONY: run optimized test bench nlu-test lint clean dashboard dashboard-screenshot

# Bytecode is compiled after the install on every core (`-j 0`), not by pip one file at a time
# (~30 s of CPU either way, half the wall time on two cores); it must be there, since the tests
# start many Python processes and with PYTHONDONTWRITEBYTECODE set none would keep its own. Not
# the packages' own test suites nor pip and setuptools, which the tests and the bot leave alone (a
# quarter of the files, ~4 s of CPU); one imported after all only compiles in memory. A file
# that does not compile (a package's Python 2 test data) only stays uncompiled, as with pip.
# The venv is made without pip (`--without-pip`) and the interpreter's own pip installs into it
# (`pip --python`, pip 22.3 and later): `venv` with pip unpacks a whole pip wheel first, ~3.5 s
# of CPU and, on a busy disk, tens of seconds (42 s seen at load 10) for a pip that was never
# needed (datasette, which needs pip, brings its own into the venv anyway). Where the interpreter
# has no such pip, the venv gets its own (`ensurepip`). No `pip install --upgrade pip`: the pip
# of Python 3.11 (23.x) installs a pyproject package in editable mode, and upgrading it cost a
# fresh clone a trip to the index and a wheel.
$(STAMP):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV)
	if $(PYTHON) -m pip --python $(PY) --version >/dev/null 2>&1; then pip="$(PYTHON) -m pip --python $(PY)"; \
	else $(PY) -m ensurepip --default-pip >/dev/null && pip="$(PY) -m pip"; fi; \
	$$pip install --quiet --disable-pip-version-check --no-compile -e '.[dev]'
	$(PY) -m compileall -q -j 0 -x '/(tests?|pip|setuptools|pkg_resources)/' $(VENV)/lib >/dev/null || true
	rm -f $(VENV)/.installed $(VENV)/.installed-*
	touch $(STAMP)

# The -OO bytecode `python -m bot run` starts itself again under (bot/optimized.py: no docstrings
# kept, ~5.5 MB less peak RSS): ~12 s of CPU the first time, then only a check of each file.
optimized: $(STAMP)
	$(PY) -c 'from bot.optimized import compile_optimized; compile_optimized(workers=0)'

run: optimized
	$(PY) -m bot run --or-chat

test: $(STAMP)
	$(PY) -m pytest

# Benchmarks (minutes, not tests): each writes bench/results/<name>.json, then one table.
# Quick run: make bench BENCH_RECIPIENTS=1500 BENCH_SUBSCRIBERS=1500
BENCH_RECIPIENTS ?= 10000
BENCH_SUBSCRIBERS ?= 10000
bench: optimized
	$(PY) bench/conversation.py
	$(PY) bench/hot_paths.py
	$(PY) bench/broadcast.py --subscribers $(BENCH_SUBSCRIBERS)
	$(PY) bench/replies.py --recipients $(BENCH_RECIPIENTS)
	$(PY) bench/scale.py
	$(PY) bench/report.py --readme README.md

dashboard: $(STAMP)
	$(PY) -m bot dashboard

# Not part of `make test`: needs Chromium from the system (sudo apt-get install chromium).
dashboard-screenshot: $(STAMP)
	$(PY) -m tests.dashboard_screenshot --out docs/dashboard.png
	$(PY) -m tests.dashboard_screenshot --out docs/dashboard-map.png --path /knowledge/standing_sets --size 1200,1100

# The translators' template core/locale/messages.pot, rewritten from the English catalogue.
pot: $(STAMP)
	$(PY) -c 'from core.i18n import write_template; print(write_template(), "entries")'

nlu-test: $(STAMP)
	$(PY) -m bot nlu test

lint: $(STAMP)
	$(VENV)/bin/ruff check bot intents jobs core tests bench

clean:
	rm -rf $(VENV) var

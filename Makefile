# The one entry point: `make demo` and `make test` on a fresh machine (they create .venv themselves).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test lint format messages catalogues guide-images bench clean

$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --constraint constraints.txt --editable ".[test]"
	touch $(INSTALLED)

messages: $(INSTALLED)
	cd lianyang && ../$(BIN)/lianyang compilemessages --verbosity 0

# Serve the demo community on http://127.0.0.1:8000 with gunicorn and the task worker (Ctrl-C stops both);
# staff log in with a password alone, and every e-mail lands in the demo outbox page instead of being sent.
demo: messages
	DEMO_SKIP_TOTP=true DEMO_OUTBOX=true $(BIN)/lianyang demo --reset

# Everything that can run here: SQLite by default, PostgreSQL when DATABASE_URL points at one,
# browser tests when Chromium is at /usr/bin/chromium (or CHROMIUM_PATH). One test process per core
# (TEST_WORKERS=0 runs them in this process); each has its own test database.
TEST_WORKERS ?= auto
test: messages
	TASK_BACKEND=immediate $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the gettext catalogues of all ten interface languages after changing strings.
catalogues: $(INSTALLED)
	cd lianyang && for l in zh_Hans ja ko fr de es pt_BR ru ar; do \
		../$(BIN)/lianyang makemessages --locale $$l --no-obsolete --no-location --verbosity 0; done

# The user guide's pictures are the browser tests' screenshots: run the tests, then copy them over.
guide-images:
	for f in stay-passport stay-address stay-address-not-listed stay-review stay-status stay-registered \
		officer-queue officer-start counter-walk-in demo-outbox portal-my-data-ar \
		officer-verification liaison-batch staff-resident-record portal-home-ar \
		casework-portal-ask casework-inbox officer-request-thread casework-service-levels \
		visits-plan visits-day visits-coverage activities-portal-list activities-offer activities-checkin \
		pairing-proposals pairing-host publishing-dashboard publishing-translate publishing-notice \
		publishing-board-ja publishing-handbook-search-ko waste-guide-ja civic-windows \
		campaign-doors campaign-coverage; do \
		cp var/screenshots/$$f.png docs/img/; done

clean:
	rm -rf $(VENV) var

# The performance harness on the local PostgreSQL: builds the scale once (kept as lianyang_bench_<scale>), then
# measures every page and operation into bench/results/ and bench/RESULTS.md. SCALE=community|district|city|nation.
SCALE ?= community
BENCH_DURATION ?= 10
bench: messages
	$(BIN)/python -m bench run --scale $(SCALE) --duration $(BENCH_DURATION)

# Bases Atlas: `make run` starts the dashboard, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
ADDRESS ?= localhost
SITE_DIR ?= site

RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP     := $(VENV)/.dev-installed

.PHONY: run test lint format unit app browser validate site bench canary load cluster clean help

help:
	@echo "make run       start the dashboard on http://$(ADDRESS):$(PORT)"
	@echo "make test      lint, validate the data and run every test (browser tests included)"
	@echo "make site      the static atlas in $(SITE_DIR)/ (open index.html, or host the folder; no server)"
	@echo "make bench     performance benchmarks (writes bench/results.md)"
	@echo "make canary    map contract and browser tests against the newest streamlit/streamlit-folium (docs/canary.md)"
	@echo "make load      concurrent-session load test against a real server"
	@echo "make cluster   REPLICAS=3 Streamlit replicas behind nginx on http://127.0.0.1:$(CLUSTER_PORT) (Ctrl-C stops all)"
	@echo "make load TARGET=cluster   200 sessions through nginx; one replica killed halfway (bench/results.md)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian/Ubuntu install python3-venv"; exit 1; }

# Stamps make set-up idempotent and quick: pip runs again only when a requirements file changes.
$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements-dev.txt $(RUNTIME_STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

run: $(RUNTIME_STAMP)
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT) --server.address $(ADDRESS) \
		--server.headless true --browser.gatherUsageStats false

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(DEV_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

site: $(RUNTIME_STAMP)
	$(BIN)/python -m dashboard.publish $(SITE_DIR)

validate: $(RUNTIME_STAMP)
	$(BIN)/python -m geodata validate

test: $(DEV_STAMP) lint validate
	$(BIN)/python -m pytest

unit: $(DEV_STAMP)
	$(BIN)/python -m pytest tests/unit

app: $(DEV_STAMP)
	$(BIN)/python -m pytest tests/app

browser: $(DEV_STAMP)
	$(BIN)/python -m pytest tests/browser

bench: $(DEV_STAMP)
	@test -x /usr/bin/chromium || { echo "make bench needs Chromium: apt-get install chromium"; exit 1; }
	$(BIN)/python -m bench.run_all
	$(BIN)/python -m bench.static_atlas

# The map's contract and browser tests against the newest upstream releases, in a throwaway venv.
canary: $(DEV_STAMP)
	@test -x /usr/bin/chromium || { echo "make canary needs Chromium: apt-get install chromium"; exit 1; }
	$(BIN)/python tools/canary.py

# TARGET=cluster: the sessions go through nginx to REPLICAS replicas, one of which is killed halfway.
TARGET       ?= server
REPLICAS     ?= 3
SESSIONS     ?= 200
DURATION     ?= 60
CLUSTER_PORT ?= 8080

load: $(DEV_STAMP)
ifeq ($(TARGET),cluster)
	$(BIN)/python -m bench.cluster_load --replicas $(REPLICAS) --sessions $(SESSIONS) --seconds $(DURATION)
else ifeq ($(TARGET),server)
	$(BIN)/python -m bench.load
else
	@echo "TARGET must be server (one streamlit run, the default) or cluster (nginx and REPLICAS replicas)"; exit 1
endif

# nginx is installed from Debian if missing (apt-get; sudo unless root).
cluster: $(RUNTIME_STAMP)
	$(BIN)/python -m deploy.cluster --replicas $(REPLICAS) --port $(CLUSTER_PORT)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts $(SITE_DIR)

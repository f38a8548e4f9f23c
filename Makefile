# SME Shield: every task has a recipe. 'make help' lists them.
# Two commands set up everything on a fresh machine: 'make demo' and 'make test'.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8000
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/smeshield
PYTEST_ARGS ?=
MUTATION_JOBS ?= 2
COVERAGE_LINES ?= 90
COVERAGE_BRANCHES ?= 85

# uv: use the one on PATH, else install it for this user with the OS's Python.
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
# Always the locked environment, on the machine's own Python 3.11.
export UV_FROZEN := 1
export UV_PYTHON_PREFERENCE := only-system
export UV_PYTHON := 3.11
RUN := $(UV) run --quiet
BENCH_HELPERS := bench/harness.py bench/benchsite.py bench/benchsettings.py bench/loadpopulation.py
BENCHES := $(filter-out $(BENCH_HELPERS),$(wildcard bench/*.py))

.PHONY: help
help: ## List every recipe
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_-]+:.*## / {printf "  \033[1m%-14s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(UV):
	@echo "Installing uv for this user (python3 -m pip install --user uv)"
	@python3 -m pip install --user --quiet uv 2>/dev/null || \
		python3 -m pip install --user --quiet --break-system-packages uv

.PHONY: install
install: $(UV) ## Build the locked environment (.venv) from uv.lock; compile the translations
	@$(UV) sync --quiet
	@$(RUN) python -m smeshield.kernel.message_catalogues

.PHONY: demo
demo: install ## Set up the demo; serve it with the worker and scheduler on http://127.0.0.1:8000 (PORT=...)
	@$(RUN) smeshield demo --port $(PORT)

.PHONY: demo-setup
demo-setup: install ## Prepare the demo database without serving it
	@$(RUN) smeshield demo --no-serve --port $(PORT)

.PHONY: serve
serve: install ## Serve the app with gunicorn on 127.0.0.1:8000 (PORT=...)
	@$(RUN) smeshield serve --port $(PORT)

.PHONY: worker
worker: install ## Run the task worker and the periodic-jobs scheduler (Ctrl+C stops both)
	@$(RUN) smeshield worker --with-scheduler

.PHONY: check
check: install ## Check the installation: settings, database, data, audit chain
	@$(RUN) smeshield check

.PHONY: test
test: lint test-sqlite test-postgres test-e2e ## Everything CI runs: lint, both databases, Chromium
	@echo "All checks passed."

.PHONY: test-fast
test-fast: install os-packages ## The suite on SQLite without the browser (about 30 seconds)
	@$(RUN) pytest -m "not e2e" -q $(PYTEST_ARGS)

.PHONY: test-domain
test-domain: install ## The domain core's tests only (no database, seconds)
	@$(RUN) pytest tests/domain -q $(PYTEST_ARGS)

.PHONY: test-sqlite
test-sqlite: install os-packages ## The suite on SQLite (WAL)
	@echo "== tests on SQLite (with coverage of src/, branches too)"
	@$(RUN) pytest -m "not e2e" -q -p no:cacheprovider --cov --cov-report= $(PYTEST_ARGS)
	@$(RUN) coverage json -q -o var/coverage.json
	@$(RUN) python tools/coverage_floor.py var/coverage.json --lines $(COVERAGE_LINES) --branches $(COVERAGE_BRANCHES)

.PHONY: test-postgres
test-postgres: install os-packages ## The suite on PostgreSQL at 127.0.0.1:5432 (test database made if missing)
	@echo "== tests on PostgreSQL"
	@DATABASE_URL=$(POSTGRES_URL) $(RUN) pytest -m "not e2e" -q -p no:cacheprovider $(PYTEST_ARGS)

.PHONY: test-e2e
test-e2e: install os-packages ## Browser journeys in Debian's Chromium, with axe-core checks
	@echo "== browser tests in Chromium"
	@$(RUN) pytest -m e2e -q -p no:cacheprovider $(PYTEST_ARGS)

.PHONY: fuzz-api
fuzz-api: install ## schemathesis over every API operation and role, 200 examples each (S11)
	@SCHEMATHESIS_EXAMPLES=200 $(RUN) pytest tests/web/api/test_schemathesis.py -q -p no:cacheprovider $(PYTEST_ARGS)

.PHONY: os-packages
os-packages: ## Install Debian's Chromium and Pango (for PDFs) when missing; never a downloaded browser
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	ldconfig -p | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	if [ -n "$$missing" ]; then \
		echo "Installing with apt:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

.PHONY: content-messages
content-messages: install ## Collect the content files' words for translation (content_messages.py)
	@$(RUN) python -m smeshield.content.translations

.PHONY: messages
messages: install ## Re-extract the interface's words into the pl, ur, ar catalogues (see docs/translating.md)
	@$(RUN) python -m smeshield.content.translations
	@cd src/smeshield && DJANGO_SETTINGS_MODULE=smeshield.config.settings.test $(RUN) django-admin makemessages \
		--locale pl --locale ur --locale ar --no-obsolete --ignore 'static/*'
	@$(RUN) python -m smeshield.kernel.message_catalogues

.PHONY: translations-check
translations-check: install ## Fail on any missing, fuzzy or placeholder-broken translation in pl, ur, ar
	@$(RUN) python tools/translations_check.py src/smeshield/locale \
		--content src/smeshield/content/content_messages.py

.PHONY: lint
lint: install ## ruff, mypy, import-linter contracts, migrations check, translations check
	@echo "== lint"
	@$(MAKE) --no-print-directory translations-check
	@$(RUN) ruff check src tests bench tools
	@$(RUN) ruff format --check src tests bench tools
	@$(RUN) mypy
	@$(RUN) lint-imports
	@DJANGO_SETTINGS_MODULE=smeshield.config.settings.test $(RUN) python manage.py makemigrations --check --dry-run

.PHONY: format
format: install ## Format and auto-fix what ruff can
	@$(RUN) ruff format src tests bench tools
	@$(RUN) ruff check --fix src tests bench tools

.PHONY: mutation
mutation: install ## Mutation-test the domain rules (mutmut; about 30 minutes; not part of 'make test')
	@rm -rf mutants
	@SMESHIELD_MUTATION=1 $(RUN) mutmut run --max-children $(MUTATION_JOBS)
	@$(RUN) python tools/mutation_score.py --survivors $(MUTATION_ARGS)

.PHONY: bench
bench: install ## Run every benchmark (JSON lines on stdout)
	@for b in $(BENCHES); do $(RUN) python $$b || exit 1; done

.PHONY: bench-quick
bench-quick: install ## Run every benchmark at a small size
	@for b in $(BENCHES); do $(RUN) python $$b --quick || exit 1; done

SOAK_MINUTES ?= 30
DRILL_PORT ?= 8104

.PHONY: drill-r2
drill-r2: install ## R2 drill: PostgreSQL stopped hard mid-load; nothing acknowledged lost (JSON lines)
	@DRILL_PORT=$(DRILL_PORT) $(RUN) python tests/reliability/drill_r2.py $(DRILL_ARGS)

.PHONY: drill-r3
drill-r3: install ## R3 drill: kill -9 a worker mid-delivery and mid-export; each task once (JSON lines)
	@DRILL_PORT=$(DRILL_PORT) $(RUN) python tests/reliability/drill_r3.py $(DRILL_ARGS)

.PHONY: drills
drills: drill-r2 drill-r3 ## Both reliability drills (R2, R3); not part of 'make test'

.PHONY: soak
soak: install ## The business journey at moderate load for SOAK_MINUTES (30; at most 240): 0 errors, memory flat
	@DRILL_PORT=$(DRILL_PORT) SOAK_MINUTES=$(SOAK_MINUTES) $(RUN) python tests/reliability/soak.py

.PHONY: openapi
openapi: install ## Regenerate the committed OpenAPI document (docs/api/openapi.json)
	@DJANGO_SETTINGS_MODULE=smeshield.config.settings.test $(RUN) python -c \
		"import django, json; django.setup(); from smeshield.api.api import api; \
		print(json.dumps(api.get_openapi_schema(), indent=2, sort_keys=True))" > docs/api/openapi.json

.PHONY: frontend
frontend: ## Rebuild GOV.UK Frontend assets with npm (output is committed)
	@bash frontend/build.sh

.PHONY: reference
reference: install ## Rebuild the shipped postcode district file from ../shared/data
	@$(RUN) smeshield reference build

.PHONY: audit-verify
audit-verify: install ## Verify the demo database's audit hash chain
	@$(RUN) smeshield audit verify

.PHONY: sbom
sbom: install ## Print the locked dependencies as a requirements list with hashes
	@$(UV) export --format requirements-txt --no-dev --quiet

.PHONY: clean
clean: ## Remove the demo database, emails, collected static files and caches
	@rm -rf var/smeshield.sqlite3* var/mail var/static var/test*.sqlite3* var/.coverage* var/coverage.json mutants .pytest_cache .mypy_cache .ruff_cache

# Pforte. The two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Rasa 3.6 needs Python 3.10; so does the action server (rasa-sdk 3.6), which lives in the app's env.
PYTHON310 ?= $(shell for p in python3.10 $$HOME/.pyenv/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do \
	$$p -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1 && { echo $$p; break; }; done)
APP := .venv/bin
RASA := .venv-rasa/bin

.PHONY: help setup run test lint format train eval bench content language-profile clean

help:
	@echo "make run    start everything (Rasa, actions, app) - chat at http://localhost:8080/chat"
	@echo "make test   run the tests (SQLite and PostgreSQL)"
	@echo "make setup | lint | format | train | eval | bench | content"

.venv/.installed: requirements/app.lock pyproject.toml
	@test -n "$(PYTHON310)" || { echo "Python 3.10 is needed (python3.10 not found)"; exit 1; }
	test -x $(APP)/python || $(PYTHON310) -m venv .venv
	$(APP)/pip install -q --upgrade pip wheel
	$(APP)/pip install -q -r requirements/app.lock
	$(APP)/pip install -q --no-deps -e .
	touch $@

.venv-rasa/.installed: requirements/rasa.lock
	@test -n "$(PYTHON310)" || { echo "Python 3.10 is needed (python3.10 not found)"; exit 1; }
	test -x $(RASA)/python || $(PYTHON310) -m venv .venv-rasa
	$(RASA)/pip install -q --upgrade pip wheel
	$(RASA)/pip install -q -r requirements/rasa.lock
	touch $@

LOCALES := $(wildcard pforte/locale/*/LC_MESSAGES/messages.po)
pforte/locale/.compiled: $(LOCALES) .venv/.installed
	$(APP)/pybabel compile -d pforte/locale -D messages --statistics
	touch $@

setup: .venv/.installed .venv-rasa/.installed pforte/locale/.compiled /usr/bin/chromium

# Debian's chromium for the browser tests (Playwright drives it; its own download is unavailable).
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

.env:
	@sed "s|^PFORTE_PSEUDONYM_KEY=.*|PFORTE_PSEUDONYM_KEY=$$($(APP)/python -c 'import secrets; print(secrets.token_urlsafe(48))')|" .env.example > .env
	@echo "created .env with a fresh random PFORTE_PSEUDONYM_KEY"

run: setup .env
	$(APP)/pforte run

test: setup
	$(APP)/python -m pytest $(PYTEST_ARGS)

lint: setup
	$(APP)/ruff check .
	$(APP)/ruff format --check .
	$(APP)/mypy pforte content conversations actions bot handoff editor

format: setup
	$(APP)/ruff check --fix .
	$(APP)/ruff format .

content: setup
	$(APP)/pforte content import

# The German / Russian-in-Latin-letters word profile of language identification, from the content's
# German and Russian texts (pforte/text/latin_profile.py); committed, rebuilt when content grows.
language-profile: setup
	$(APP)/python -m pforte.text.latin_profile check
	$(APP)/python -m pforte.text.latin_profile build

train: setup
	$(APP)/pforte content import --if-empty
	$(APP)/pforte train

eval: setup
	$(APP)/python -m pforte.evaluation

bench: setup
	$(APP)/python -m pforte.bench
	$(APP)/python -m pforte.bench_telegram
	$(APP)/python -m pforte.bench_console
	$(APP)/python -m pforte.bench_text

clean:
	rm -rf var/rasa-build var/models

#!/usr/bin/env bash
# Sets up borderdesk with its test and lint tools, then runs every check:
# ruff (lint), mypy (types, strict on the core), import-linter (architecture
# contracts), compiles the translations (.ts -> .qm) and runs pytest (the whole
# suite, Qt offscreen). Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check borderdesk tests bench scripts
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
# The window loads compiled translations (.qm, not committed) from resources/i18n/.
echo "== translations"; PYTHONPATH=. .venv/bin/python scripts/i18n.py compile >/dev/null
echo "== pytest"; .venv/bin/python -m pytest "$@"

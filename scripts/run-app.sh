#!/usr/bin/env bash
# Sets up borderdesk (first run only) and starts it. Without --db it opens the station
# database in the data folder ($BORDERDESK_DATA_DIR, or ~/.local/share/borderdesk),
# which the first start sets up (the demo in one click, or a real station). Arguments go
# to `borderdesk`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The window's languages: compiled translations (.qm, not committed), made again when a
# .ts file is newer than its .qm (a fresh checkout, or translations updated by git pull).
for ts in resources/i18n/borderdesk_*.ts; do
    if [ ! resources/i18n/"$(basename "$ts" .ts)".qm -nt "$ts" ]; then
        PYTHONPATH=. .venv/bin/python scripts/i18n.py compile >/dev/null
        break
    fi
done
exec .venv/bin/borderdesk "$@"

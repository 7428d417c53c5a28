#!/usr/bin/env bash
# Sets up borderdesk (first run only) and starts it. Without --db it opens the station
# database in the data folder ($BORDERDESK_DATA_DIR, or ~/.local/share/borderdesk),
# which the first start sets up (the demo in one click, or a real station). Arguments go
# to `borderdesk`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/borderdesk "$@"

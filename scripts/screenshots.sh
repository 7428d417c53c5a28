#!/usr/bin/env bash
# Renders the screens shown in the README and docs/user-guide.md into docs/images/, offscreen,
# from a fresh demo database (fixed date, fixed seed), so that the pictures stay current:
#   scripts/screenshots.sh
# Each picture is `borderdesk --screenshot VIEW FILE.png --db DB` at 1366x768; the wizard's
# views are rendered again at 200 % (QT_SCALE_FACTOR=2, 2732x1536 pixels) as VIEW@2x.png,
# since officers' laptops often run at that scaling. The other roles' pages (reports,
# exercise, admin, sync) are taken on a protected copy of the demo, signed in as the role
# that uses each page; the first-run set-up's pages need no station of their own.
# BORDERDESK=PATH runs another borderdesk (a worktree's: with PYTHONPATH set to it).
set -euo pipefail
cd "$(dirname "$0")/.."

borderdesk=${BORDERDESK:-.venv/bin/borderdesk}
[ -x "$borderdesk" ] || scripts/setup.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/borderdesk-shots.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Logs and settings go to the temporary folder, never to the user's data folder.
export BORDERDESK_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen

db="$work/demo.db"
"$borderdesk" demo --db "$db" --today 2026-11-28 --seed 1 >/dev/null
mkdir -p docs/images
for view in queue declaration backtest identify identify-safety identify-markings identify-result \
        case case-steps case-photos case-custody first-run first-run-choice first-run-station; do
    "$borderdesk" --db "$db" --screenshot "$view" "docs/images/$view.png" >/dev/null
    echo "docs/images/$view.png"
done
protected="$work/protected.db"
"$borderdesk" demo --db "$protected" --today 2026-11-28 --seed 1 --protect >/dev/null
export BORDERDESK_PASSWORD="demo station password"
for shot in reports:supervisor exercise:trainer admin:admin sync:admin; do
    view=${shot%%:*} user=${shot##*:}
    "$borderdesk" --db "$protected" --user "$user" --screenshot "$view" \
        "docs/images/$view.png" >/dev/null
    echo "docs/images/$view.png"
done
for view in identify identify-markings; do
    QT_SCALE_FACTOR=2 "$borderdesk" --db "$db" --screenshot "$view" "docs/images/$view@2x.png" >/dev/null
    echo "docs/images/$view@2x.png"
done

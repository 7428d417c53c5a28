#!/usr/bin/env bash
# Builds the installable one-folder application and checks it:
#   1. sets up the development environment (scripts/setup.sh --dev: PyInstaller is a dev tool),
#   2. compiles the translations resources/i18n/*.ts into .qm files,
#   3. freezes borderdesk with PyInstaller (build.spec) into dist/borderdesk-VERSION/,
#   4. runs the frozen program's --smoke-test offscreen: an encrypted demo station, a sign-in,
#      the main window and a printed seizure report whose fonts come from the bundle.
# Prints the folder to ship on its last line. Options:
#   --dist DIR   where the application goes (default dist/)
#   --work DIR   PyInstaller's build folder (default build/)
set -euo pipefail
cd "$(dirname "$0")/.."

dist="dist"
work="build"
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: scripts/build.sh [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done

say() { printf '[build] %s\n' "$*" >&2; }

scripts/setup.sh --dev
python=.venv/bin/python

# --- translations ------------------------------------------------------------------
shopt -s nullglob
sources=(resources/i18n/*.ts)
if [ "${#sources[@]}" -eq 0 ]; then
  say "no translations to compile"
else
  say "compiling ${#sources[@]} translation(s)"
  for ts in "${sources[@]}"; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
  done
fi

# --- freeze -------------------------------------------------------------------------
version="$("$python" -c 'import borderdesk; print(borderdesk.__version__)')"
say "freezing borderdesk $version"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  build.spec
app="$dist/borderdesk-$version"
# Windows: the console twin runs the check (the window program has no stdout).
program="$app/borderdesk"
[ -x "$program.exe" ] && program="$app/borderdesk-cli.exe"

# --- check ----------------------------------------------------------------------------
say "running the frozen program's smoke test"
check_data="$(mktemp -d)"
trap 'rm -rf "$check_data"' EXIT
# Its own data folder: the check never touches the user's (nor leaves a log there).
QT_QPA_PLATFORM=offscreen BORDERDESK_DATA_DIR="$check_data" "$program" --smoke-test
echo "$app"

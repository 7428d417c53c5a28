#!/usr/bin/env bash
# Sets up everything borderdesk needs on a Debian-like machine with Python 3.11:
# the system libraries Qt needs (installed when missing and we may install them),
# a virtual environment in .venv, and the package with its extras.
#   scripts/setup.sh          the application
#   scripts/setup.sh --dev    the application, the tests and the linters
# Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

say() { printf '[setup] %s\n' "$*" >&2; }

# --- system libraries -------------------------------------------------------------
# What PySide6's offscreen and xcb platforms load, and a font (shared/ENVIRONMENT.md).
system_packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
                 fonts-dejavu-core)
# The headquarters server's tests run on a real PostgreSQL that a fixture starts in a
# temporary folder: its server binaries (initdb, pg_ctl) are needed where tests run.
if [ -n "$extras" ] && ! command -v initdb >/dev/null 2>&1 \
   && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  system_packages+=(postgresql)
fi
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then apt_get=(apt-get)
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then apt_get=(sudo apt-get)
    else apt_get=(); fi
    if [ "${#apt_get[@]}" -gt 0 ]; then
      say "installing system libraries: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      "${apt_get[@]}" update -qq >/dev/null
      "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      say "missing system libraries (ask an administrator to install): ${missing[*]}"
    fi
  fi
fi

# --- Python ----------------------------------------------------------------------
python_bin="${PYTHON:-}"
if [ -z "$python_bin" ]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 \
       && "$candidate" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 14))'; then
      python_bin="$candidate"; break
    fi
  done
fi
if [ -z "$python_bin" ]; then
  say "borderdesk needs Python 3.11 to 3.13 (python3.11 not found)"; exit 2
fi
if [ ! -x .venv/bin/python ]; then
  say "creating the virtual environment in .venv"
  "$python_bin" -m venv .venv || {
    say "could not create a virtual environment: install python3-venv"; exit 2; }
fi

# Reinstall only when the project's requirements changed since the last run.
stamp=".venv/.borderdesk-installed${extras}"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing borderdesk${extras} and its dependencies"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}" 2> >(grep -v '^WARNING: Location' >&2)
  echo "$want" > "$stamp"
fi

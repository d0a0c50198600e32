#!/usr/bin/env bash
# Quick start 1: install what is missing, build the hardened release, start the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target commissioner commissioner-cli
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found (DISPLAY/WAYLAND_DISPLAY unset)." >&2
    echo "run.sh: start it from a desktop session, or under Xvfb: Xvfb :99 & DISPLAY=:99 bash scripts/run.sh" >&2
    exit 1
fi
exec build/release/app/commissioner "$@"

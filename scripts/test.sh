#!/usr/bin/env bash
# Quick start 2: install what is missing, build, run every test (all labels:
# core, ui, integration, fuzz-smoke). Used unchanged by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/install-deps.sh

jobs=$(nproc)
# GUI tests run headless (ctest sets QT_QPA_PLATFORM=offscreen per test).
export QT_QPA_PLATFORM=offscreen

echo "== build (dev preset: gcc, Debug, -Werror)"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"

echo "== tests: core, ui, integration, fuzz-smoke (standalone driver)"
ctest --preset dev -j "$jobs" --no-tests=error

echo "== fuzz-smoke under libFuzzer + ASan/UBSan (fuzz preset: clang)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
ctest --preset fuzz -j "$jobs" --no-tests=error -L fuzz-smoke

echo "== all tests passed in $(( $(date +%s) - start )) s"

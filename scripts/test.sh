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

# Inventory tests run on SQLite and on PostgreSQL: one private server for the
# whole run (initdb in a temp dir, unix socket there, random port on
# 127.0.0.1), stopped on exit. An LWC_TEST_PG given by the caller is used as is.
if [ -z "${LWC_TEST_PG:-}" ]; then
  echo "== PostgreSQL for the inventory tests"
  LWC_TEST_PG=$(bash tests/support/postgres-server.sh start --owner-pid $$)
  export LWC_TEST_PG
  trap 'bash tests/support/postgres-server.sh stop "$LWC_TEST_PG" || true' EXIT
fi

echo "== tests: core, ui, integration, fuzz-smoke (standalone driver)"
ctest --preset dev -j "$jobs" --no-tests=error

echo "== fuzz-smoke under libFuzzer + ASan/UBSan (fuzz preset: clang)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
ctest --preset fuzz -j "$jobs" --no-tests=error -L fuzz-smoke

echo "== all tests passed in $(( $(date +%s) - start )) s"

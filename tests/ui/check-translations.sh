#!/usr/bin/env bash
# Every user-visible string has a German translation: run lupdate over the
# current sources into a scratch copy of each .ts file, then look for
# unfinished or empty translations. Fails with the list of missing sources.
set -euo pipefail
src=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
    cp "$ts" "$tmp/check.ts"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none core ui app -ts "$tmp/check.ts")
    if grep -q 'type="unfinished"' "$tmp/check.ts"; then
        echo "FAIL: $(basename "$ts") lacks translations for:" >&2
        grep -B2 'type="unfinished"' "$tmp/check.ts" | grep '<source>' >&2
        echo "Run: cmake --build <dir> --target update_translations; then translate (scripts/ts-fill.py)." >&2
        status=1
    else
        echo "ok: $(basename "$ts") complete ($(grep -c '<source>' "$tmp/check.ts") messages)"
    fi
done
exit $status

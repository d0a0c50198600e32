#!/usr/bin/env bash
# Re-takes docs/screenshots/certificate-dialog.png: the certificate dialog for
# a generated chain under Xvfb, grabbed with ImageMagick's import.
# Usage: bash tests/ui/security/screenshot.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/../../.."
build=${1:-build/dev}
display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display "$build/tests/ui/security/certificate_dialog_demo" --paste-fingerprint --quit-after 6000 &
demo=$!
sleep 3.5
DISPLAY=$display /usr/bin/import -window root docs/screenshots/certificate-dialog.png
wait "$demo"
echo "wrote docs/screenshots/certificate-dialog.png"

#!/usr/bin/env bash
# Renders every commissioning wizard page with the built-in demo device,
# light and dark palette, plus one high-DPI page and the main window, into
# docs/screenshots/ (Xvfb + ImageMagick's import, cropped to the window).
# Usage: bash scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
demo="$build/tests/ui/wizard/commissioning_wizard_demo"
[[ -x $demo ]] || cmake --build "$build" --target commissioning_wizard_demo
out=docs/screenshots
mkdir -p "$out"

xvfb_pid=
start_xvfb() { # display geometry
    Xvfb "$1" -screen 0 "$2" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
        DISPLAY=$1 xdpyinfo >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "Xvfb $1 did not start" >&2
    return 1
}
stop_xvfb() { [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=; }
trap stop_xvfb EXIT

shoot() { # display file demo-args...
    local display=$1 file=$2
    shift 2
    local log
    log=$(mktemp)
    DISPLAY=$display "$demo" "$@" >"$log" 2>/dev/null &
    local pid=$!
    local geometry=
    for _ in $(seq 300); do
        geometry=$(awk '/^ready/ {print $2, $3, $4, $5}' "$log")
        [[ -n $geometry ]] && break
        sleep 0.1
    done
    if [[ -z $geometry ]]; then
        kill "$pid" 2>/dev/null || true
        echo "no window for $file" >&2
        return 1
    fi
    read -r x y w h <<<"$geometry"
    DISPLAY=$display /usr/bin/import -window root -crop "${w}x${h}+${x}+${y}" +repage "$out/$file"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
    echo "wrote $out/$file (${w}x${h})"
}

start_xvfb :98 1400x1000x24
for page in connect identify security security-pin review provision verify receipt; do
    shoot :98 "wizard-$page.png" --page "$page"
    shoot :98 "wizard-$page-dark.png" --page "$page" --dark
done
shoot :98 wizard-provision-de.png --page provision --language de
shoot :98 main-window.png --page main-window
shoot :98 main-window-dark.png --page main-window --dark
shoot :98 main-window-de.png --page main-window --language de
shoot :98 settings-dialog.png --page settings
shoot :98 receipt-dialog.png --page receipt-dialog
stop_xvfb

# High-DPI: the same pages at 2x.
start_xvfb :98 2800x2000x24
QT_SCALE_FACTOR=2 shoot :98 wizard-security-pin-hidpi.png --page security-pin
QT_SCALE_FACTOR=2 shoot :98 wizard-receipt-hidpi-dark.png --page receipt --dark
stop_xvfb

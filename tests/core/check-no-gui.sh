#!/usr/bin/env bash
# Fails if the given binary needs QtGui or QtWidgets, directly or through
# any library it loads, or has a Gui/Widgets symbol.
set -euo pipefail
bin=$1
if ldd "$bin" | grep -E 'libQt6(Gui|Widgets|OpenGL|PrintSupport)'; then
    echo "FAIL: $bin loads a GUI library" >&2
    exit 1
fi
if nm -C "$bin" | grep -E ' (QWidget|QGuiApplication|QApplication|QPixmap|QImage)::' | head -5 | grep .; then
    echo "FAIL: $bin contains GUI symbols" >&2
    exit 1
fi
echo "ok: $(basename "$bin") links no QtGui/QtWidgets ($(ldd "$bin" | grep -c libQt6) Qt libraries)"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command against a private Xvfb server (a real X display). Usage: with-xvfb.sh CMD...
set -euo pipefail
if ! command -v Xvfb >/dev/null; then
    echo "with-xvfb: Xvfb is required (scripts/install-deps.sh)" >&2
    exit 1
fi
# -displayfd lets Xvfb choose a free display number and tell us which.
fifo=$(mktemp -u)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; rm -f "$fifo"' EXIT
read -r -t 20 display <"$fifo" || { echo "with-xvfb: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
"$@"

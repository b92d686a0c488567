#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes a screenshot of the ECS Desk main window on a private Xvfb display.
# Usage: scripts/screenshot.sh OUTPUT.png [BUILD_DIR]
set -euo pipefail
out=${1:?usage: screenshot.sh OUTPUT.png [BUILD_DIR]}
build=${2:-build/dev}
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
tests/scripts/with-xvfb.sh bash -c '
    "$0/app/ecsdesk" $ECSDESK_SCREENSHOT_ARGS & app=$!
    sleep "${ECSDESK_SCREENSHOT_DELAY:-3}"
    import -window root "$1"
    kill $app; wait $app 2>/dev/null || true
' "$build" "$out"
echo "screenshot: $out"

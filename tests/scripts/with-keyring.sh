#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command inside its own D-Bus session with a fresh, unlocked gnome-keyring, so keychain
# tests use the real Secret Service without touching the user's keyring. Usage: with-keyring.sh CMD...
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keyring: dbus-run-session and gnome-keyring-daemon are required (scripts/install-deps.sh)" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    eval "$(printf "%s" "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    exec "$@"
' with-keyring "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages ECS Desk needs to build, run and test.
# Safe to run again: it installs only what is missing. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev libqt6svg6 qt6-qpa-plugins qtkeychain-qt6-dev libqscintilla2-qt6-dev
    libqt6opengl6-dev libxkbcommon-dev libgl-dev libgtest-dev libgmock-dev libbenchmark-dev
    clang-format
    xvfb xauth gnome-keyring dbus-x11 libsecret-tools
    awscli python3-boto3 python3-botocore
    imagemagick desktop-file-utils appstream dpkg-dev
    zlib1g-dev
    openssl ca-certificates
    fonts-noto-cjk fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

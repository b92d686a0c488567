#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start command 2: installs what is missing, builds (preset "dev"), and runs every test:
# lint (clang-format, layering), unit, integration (moto_server, AWS CLI, boto3, keyring) and
# gui (offscreen and Xvfb). Safe to run again. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

if ! command -v moto_server >/dev/null 2>&1; then
    echo "test.sh: warning: moto_server is not on PATH; the tests that need it will say so" >&2
fi

preset=${ECSDESK_PRESET:-dev}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j "$(nproc)" "$@"

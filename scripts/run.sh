#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start command 1: installs what is missing, builds (preset "release") and launches ECS Desk.
# Safe to run again. Arguments go to ecsdesk.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target ecsdesk ecsdesk-local ecsdesk-cli
exec build/release/app/ecsdesk "$@"

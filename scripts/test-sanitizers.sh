#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The endpoint, client and model tests under AddressSanitizer + UndefinedBehaviorSanitizer (with
# float-cast-overflow, which GCC's -fsanitize=undefined leaves out): one command, kept out of CI
# because a second full build does not fit CI's time on a 2-core machine. Safe to run again; uses
# build/asan. Extra arguments go to both ctest runs (e.g. -R test_local_http).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Every unit test (api/, local/, models/, the placement engine and simulation), then the client's
# integration tests and the endpoint driven by boto3 and hostile requests.
ctest --preset asan -j "$(nproc)" -L unit "$@"
ctest --preset asan -j "$(nproc)" -R '^(test_client_.*|local_conformance_boto3_143|local_robustness)$' "$@"
